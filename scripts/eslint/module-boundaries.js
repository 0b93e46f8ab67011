// ESLint rule: a module reaches another module only through that module's index.ts, the platform
// kernel never imports a module, and only a table's owner writes it. Reading another module's
// tables (a join for a list page) stays allowed; writing them goes through the owner's index.ts,
// so the owner's rules and events are never bypassed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM, tableOwners } from './table-owners.js';

const MODULES = `${path.sep}server${path.sep}modules${path.sep}`;
const PLATFORM_DIR = `${path.sep}server${path.sep}platform${path.sep}`;
// Migrations create and fill every module's tables: the schema's history, not a writer of data.
const MIGRATIONS = `${path.sep}server${path.sep}migrations${path.sep}`;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const WRITES = new Set(['insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto']);
// Raw SQL writes. `update t set` needs its `set` so that `for update` and `do update set` are not taken for tables.
const RAW_WRITES = [
  /\binsert\s+into\s+"?([a-z_][a-z0-9_.]*)"?/gi,
  /\bdelete\s+from\s+"?([a-z_][a-z0-9_.]*)"?/gi,
  /\bmerge\s+into\s+"?([a-z_][a-z0-9_.]*)"?/gi,
  /\bupdate\s+"?([a-z_][a-z0-9_.]*)"?(?:\s+(?:as\s+)?[a-z_][a-z0-9_]*)?\s+set\b/gi,
];

function moduleOf(file) {
  const at = file.indexOf(MODULES);
  if (at < 0) return null;
  const rest = file.slice(at + MODULES.length).split(path.sep);
  return rest.length > 1 ? { name: rest[0], inner: rest.slice(1).join('/') } : null;
}

/** `'public.ideas as i'` -> `ideas`. */
function tableName(text) {
  const first = text.trim().split(/\s+/)[0].replace(/"/g, '');
  return first.slice(first.lastIndexOf('.') + 1).toLowerCase();
}

function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}

function isSqlTag(tag) {
  return tag.type === 'Identifier' && tag.name === 'sql';
}

function isSqlRaw(callee) {
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'sql' &&
    callee.property.type === 'Identifier' &&
    callee.property.name === 'raw'
  );
}

export default {
  meta: {
    type: 'problem',
    docs: {
      description:
        "Import another module only through its index.ts; the platform imports no module; write only your own module's tables",
    },
    schema: [],
    messages: {
      platformImportsModule:
        'The platform must not import a module ({{module}}); modules register with the platform instead.',
      internalImport: 'Import module "{{module}}" through its index.ts, not {{inner}}.',
      foreignWrite:
        'Table "{{table}}" belongs to {{owner}}; {{writer}} must write it through {{through}}, or a factory in server/test-support/.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = moduleOf(file);
    const inPlatform = file.includes(PLATFORM_DIR);
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const to = moduleOf(target);
      if (!to) return;
      if (inPlatform) {
        context.report({ node, messageId: 'platformImportsModule', data: { module: to.name } });
        return;
      }
      if (from && from.name === to.name) return;
      if (!/^index\.(js|ts)$/.test(to.inner)) {
        context.report({ node, messageId: 'internalImport', data: { module: to.name, inner: to.inner } });
      }
    }
    const imports = {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
    if (file.includes(MIGRATIONS)) return imports;

    // Files outside every module and the platform (app wiring, cross-module tests) own no table.
    const writer = inPlatform ? PLATFORM : (from?.name ?? null);
    const owners = tableOwners(ROOT);
    function checkWrite(node, table) {
      const owner = owners.get(table);
      if (!owner || owner === writer) return;
      context.report({
        node,
        messageId: 'foreignWrite',
        data: {
          table,
          owner: owner === PLATFORM ? 'the platform' : `module "${owner}"`,
          writer: writer === PLATFORM ? 'the platform' : writer ? `module "${writer}"` : 'code outside the modules',
          through:
            owner === PLATFORM ? "the platform's own functions (record, enqueue, …)" : `module "${owner}"'s index.ts`,
        },
      });
    }
    function checkRawSql(node, text) {
      const seen = new Set();
      for (const pattern of RAW_WRITES) {
        for (const match of text.matchAll(pattern)) {
          const table = tableName(match[1]);
          if (seen.has(table)) continue;
          seen.add(table);
          checkWrite(node, table);
        }
      }
    }
    return {
      ...imports,
      CallExpression(node) {
        const callee = node.callee;
        if (isSqlRaw(callee)) {
          const text = literalText(node.arguments[0]);
          if (text !== null) checkRawSql(node, text);
          return;
        }
        if (
          callee.type !== 'MemberExpression' ||
          callee.property.type !== 'Identifier' ||
          !WRITES.has(callee.property.name)
        )
          return;
        const text = literalText(node.arguments[0]);
        if (text !== null) checkWrite(node, tableName(text));
      },
      TaggedTemplateExpression(node) {
        if (!isSqlTag(node.tag)) return;
        // A placeholder between the pieces keeps `update ${x} set` from reading as a table name.
        checkRawSql(node, node.quasi.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? '));
      },
    };
  },
};
