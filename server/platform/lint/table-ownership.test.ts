// The module-boundaries lint rule: only a table's owner writes it. Which module owns which table
// is read from the modules' tables.ts and the platform's schema.ts, here and in a made-up tree.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import moduleBoundaries from '../../../scripts/eslint/module-boundaries.js';
import { readTableOwners } from '../../../scripts/eslint/table-owners.js';
import { repoRoot } from '../../test-support/spawn.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const at = (file: string) => path.join(repoRoot, file);
const inCases = at('server/modules/cases/commands/file-case.ts');
const inIdentity = at('server/modules/identity/commands/sign-up.ts');
const inPlatform = at('server/platform/jobs/enqueue.ts');
const outside = at('server/attack/support/seed-content.ts');
const inMigration = at('server/migrations/0009-example.ts');
/** The report for a write of `table`, owned by `owner`, from `writer` (a module, the platform, or code outside the modules). */
const foreignWrite = (table: string, owner: string, writer: string) => ({
  message: new RegExp(`^Table "${table}" belongs to ${owner}; ${writer} must write it through `),
});

describe('table owners', () => {
  it("are read from every module's tables.ts and the platform's schema.ts", () => {
    const owners = readTableOwners(repoRoot);
    expect(owners.get('users')).toBe('identity');
    expect(owners.get('workspaces')).toBe('identity');
    expect(owners.get('cases')).toBe('cases');
    expect(owners.get('idea_votes')).toBe('ideas');
    expect(owners.get('survey_responses')).toBe('surveys');
    expect(owners.get('notifications')).toBe('notifications');
    expect(owners.get('files')).toBe('files');
    expect(owners.get('platform_jobs')).toBe('platform');
    expect(owners.get('platform_events')).toBe('platform');
  });

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-tables-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    fs.writeFileSync(path.join(scratch, file), text);
  };

  it("take in a new module's tables by their declaration alone", () => {
    write('server/platform/db/schema.ts', 'export interface Database { platform_jobs: { id: string } }');
    write(
      'server/modules/rewards/tables.ts',
      `
      export interface RewardsTable { workspace_id: string; id: string }
      declare module '../../platform/db/schema.js' {
        interface Database { rewards: RewardsTable; 'reward_claims': RewardsTable }
      }`,
    );
    write('server/modules/rewards/index.ts', 'export {};');
    expect(Object.fromEntries(readTableOwners(scratch))).toEqual({
      platform_jobs: 'platform',
      rewards: 'rewards',
      reward_claims: 'rewards',
    });
  });

  it('refuse a table that two modules declare', () => {
    write(
      'server/modules/badges/tables.ts',
      "declare module '../../platform/db/schema.js' { interface Database { rewards: { id: string } } }",
    );
    expect(() => readTableOwners(scratch)).toThrow('Table "rewards" is declared by both');
  });
});

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

tester.run('module-boundaries: table ownership', moduleBoundaries, {
  valid: [
    // A module writes its own tables, in the query builder and in raw SQL.
    { filename: inCases, code: "await tx.insertInto('cases').values(row).execute();" },
    { filename: inCases, code: "await tx.updateTable('cases as c').set({ status: 'closed' }).execute();" },
    {
      filename: inCases,
      code: 'await sql`insert into case_number_counters (workspace_id, year, last_value) values (${w}, ${y}, 1)`.execute(tx);',
    },
    // Reading another module's tables is allowed, joins included.
    {
      filename: inCases,
      code: "await db.selectFrom('cases').innerJoin('users', 'users.id', 'cases.customer_id').select('users.display_name').execute();",
    },
    {
      filename: inCases,
      code: 'await sql<{ n: number }>`select count(*) as n from users where workspace_id = ${w} for update`.execute(db);',
    },
    // `do update set` and `for update` name no table.
    {
      filename: inCases,
      code: 'await sql`insert into cases (id) values (${id}) on conflict (workspace_id, id) do update set subject = excluded.subject`.execute(tx);',
    },
    // The platform writes its own tables; names it cannot see (a variable, a test's own table) are not judged.
    {
      filename: inPlatform,
      code: 'await sql`insert into platform_jobs (id, name) values (${id}, ${name})`.execute(db);',
    },
    { filename: at('server/platform/db/helper.ts'), code: 'db.insertInto(table).values(rows);' },
    { filename: outside, code: "await db.insertInto('test_notes').values(row).execute();" },
    { filename: inCases, code: 'await sql`update ${sql.table(name)} set x = 1`.execute(db);' },
    // Migrations build and fill every module's tables.
    {
      filename: inMigration,
      code: "await db.insertInto('users').values(row).execute(); await sql`update ideas set x = 1`.execute(db);",
    },
    // The import rules stay as they were.
    { filename: inCases, code: "import { findOrCreateCustomer } from '../../identity/index.js';" },
  ],
  invalid: [
    {
      filename: inCases,
      code: "await tx.insertInto('users').values(row).execute();",
      errors: [foreignWrite('users', 'module "identity"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: "await tx.updateTable('users as u').set({ locale: 'en' }).execute();",
      errors: [foreignWrite('users', 'module "identity"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: "await tx.deleteFrom('public.sessions').execute();",
      errors: [foreignWrite('sessions', 'module "identity"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: 'await tx.replaceInto(`ideas`).values(row).execute();',
      errors: [foreignWrite('ideas', 'module "ideas"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: "await tx.mergeInto('idea_votes as v').using('cases', 'cases.id', 'v.idea_id').execute();",
      errors: [foreignWrite('idea_votes', 'module "ideas"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: 'await sql`INSERT INTO "users" (id) values (${id})`.execute(tx);',
      errors: [foreignWrite('users', 'module "identity"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: 'await sql`update users u set locale = ${l} where u.id = ${id}`.execute(tx);',
      errors: [foreignWrite('users', 'module "identity"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: 'await sql`delete from sessions where user_id = ${id}`.execute(tx);',
      errors: [foreignWrite('sessions', 'module "identity"', 'module "cases"')],
    },
    {
      filename: inCases,
      code: "await sql.raw('update ideas set vote_count = 0').execute(tx);",
      errors: [foreignWrite('ideas', 'module "ideas"', 'module "cases"')],
    },
    // A module's tests are the module's files too.
    {
      filename: at('server/modules/ideas/ideas.test.ts'),
      code: "await db.updateTable('users').set({ locale: 'en' }).execute();",
      errors: [foreignWrite('users', 'module "identity"', 'module "ideas"')],
    },
    // Modules reach the platform's tables through its functions, and the platform writes no module's table.
    {
      filename: inIdentity,
      code: "await db.insertInto('platform_jobs').values(job).execute();",
      errors: [foreignWrite('platform_jobs', 'the platform', 'module "identity"')],
    },
    {
      filename: inPlatform,
      code: "await db.updateTable('cases').set({ status: 'closed' }).execute();",
      errors: [foreignWrite('cases', 'module "cases"', 'the platform')],
    },
    // Code outside every module owns no table.
    {
      filename: outside,
      code: "await db.updateTable('platform_jobs').set({ status: 'dead' }).execute();",
      errors: [foreignWrite('platform_jobs', 'the platform', 'code outside the modules')],
    },
    {
      filename: at('server/modules/http-edge.test.ts'),
      code: "await db.deleteFrom('files').execute();",
      errors: [foreignWrite('files', 'module "files"', 'code outside the modules')],
    },
    // The import rules stay as they were.
    {
      filename: inCases,
      code: "import { users } from '../../identity/queries.js';",
      errors: [{ messageId: 'internalImport' }],
    },
    {
      filename: inPlatform,
      code: "import { modules } from '../../modules/cases/index.js';",
      errors: [{ messageId: 'platformImportsModule' }],
    },
  ],
});
