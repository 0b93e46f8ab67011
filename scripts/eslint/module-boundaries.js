// ESLint rule: a module reaches another module only through that module's index.ts, and the
// platform kernel never imports a module.
import path from 'node:path';

const MODULES = `${path.sep}server${path.sep}modules${path.sep}`;
const PLATFORM = `${path.sep}server${path.sep}platform${path.sep}`;

function moduleOf(file) {
  const at = file.indexOf(MODULES);
  if (at < 0) return null;
  const rest = file.slice(at + MODULES.length).split(path.sep);
  return rest.length > 1 ? { name: rest[0], inner: rest.slice(1).join('/') } : null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: "Import another module only through its index.ts; the platform imports no module" },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = moduleOf(file);
    const inPlatform = file.includes(PLATFORM);
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const to = moduleOf(target);
      if (!to) return;
      if (inPlatform) {
        context.report({ node, message: `The platform must not import a module (${to.name}); modules register with the platform instead.` });
        return;
      }
      if (from && from.name === to.name) return;
      if (!/^index\.(js|ts)$/.test(to.inner)) {
        context.report({ node, message: `Import module "${to.name}" through its index.ts, not ${to.inner}.` });
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
