// Which module owns which table, read from the declarations themselves: each module's
// server/modules/<m>/tables.ts and the platform's server/platform/db/schema.ts add their tables to
// Kysely's `interface Database`. A new module's tables join the map by being declared there.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const PLATFORM = 'platform';

/** The property names of every `interface Database` in a TypeScript source (top level or in `declare module`). */
export function declaredTables(source, fileName = 'tables.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const tables = [];
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Database') {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member)) continue;
        const name = member.name;
        if (ts.isIdentifier(name) || ts.isStringLiteral(name)) tables.push(name.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return tables;
}

/** Map of table name -> owner (a module's folder name, or `platform`) for the repository at `root`. */
export function readTableOwners(root) {
  const owners = new Map();
  const claim = (file, owner) => {
    if (!fs.existsSync(file)) return;
    for (const table of declaredTables(fs.readFileSync(file, 'utf8'), file)) {
      const earlier = owners.get(table);
      if (earlier && earlier !== owner)
        throw new Error(`Table "${table}" is declared by both ${earlier} and ${owner}.`);
      owners.set(table, owner);
    }
  };
  claim(path.join(root, 'server', 'platform', 'db', 'schema.ts'), PLATFORM);
  const modules = path.join(root, 'server', 'modules');
  if (fs.existsSync(modules)) {
    for (const entry of fs.readdirSync(modules, { withFileTypes: true })) {
      if (entry.isDirectory()) claim(path.join(modules, entry.name, 'tables.ts'), entry.name);
    }
  }
  return owners;
}

const cache = new Map();

/** readTableOwners, read once per lint run. */
export function tableOwners(root) {
  if (!cache.has(root)) cache.set(root, readTableOwners(root));
  return cache.get(root);
}
