// The data every scenario runs against: a workspace made through the API (first-run setup, an API
// key), then staff, customers and signed-in sessions inserted with SQL while the server is stopped.
import { createHash, randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

export const SEED = { staff: 200, customers: 10_000 };

const SURNAMES = ['王', '李', '张', '刘', '陈', 'Smith', 'García', 'Müller', 'Nguyen', 'Okafor', 'Kowalski', 'Tanaka'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', 'Alex', 'Maria', 'Jonas', 'Linh', 'Chidi', 'Anna', 'Yuki', 'Sam'];
const STAFF_ROLES = ['agent', 'agent', 'agent', 'moderator', 'admin'];

const hashToken = (token) => createHash('sha256').update(token).digest('base64url');
const nameOf = (i) => `${SURNAMES[i % SURNAMES.length]} ${GIVEN[(i * 7) % GIVEN.length]} ${i}`;

async function call(baseUrl, method, path, body, headers = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-requested-with': 'cocreate', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

/** First-run setup and a read-scope API key, through the HTTP API of a fresh server. */
export async function seedThroughApi(baseUrl) {
  const setup = await call(baseUrl, 'POST', '/api/v1/setup', {
    workspace: { name: 'Bench Appliances', slug: 'bench' },
    owner: { email: 'owner@bench.example', password: 'bench-password-1', displayName: 'Bench Owner' },
  });
  const cookie = setup.headers
    .getSetCookie()
    .find((c) => c.startsWith('cocreate_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error('setup answered without a session cookie');
  const { workspace } = await setup.json();
  const created = await call(baseUrl, 'POST', '/api/v1/api-keys', { name: 'bench', scopes: ['read'] }, { cookie });
  const { key } = await created.json();
  return {
    workspaceId: workspace.id,
    ownerCookie: cookie,
    apiKey: key,
    apiKeyHash: hashToken(key.split('_').slice(2).join('_')),
  };
}

async function insertUsers(pool, workspaceId, users) {
  await pool.query(
    `insert into users (workspace_id, id, email, display_name, role)
     select $1, unnest($2::uuid[]), unnest($3::text[]), unnest($4::text[]), unnest($5::text[])`,
    [
      workspaceId,
      users.map((u) => u.id),
      users.map((u) => u.email),
      users.map((u) => u.displayName),
      users.map((u) => u.role),
    ],
  );
}

/**
 * Staff and customers, and one session per staff member (the writers of command-write, so that
 * concurrent writes touch different rows). Returns the writers: { userId, displayName, cookie, tokenHash }.
 */
export async function seedRows(pool, { workspaceId }) {
  const staff = Array.from({ length: SEED.staff }, (_, i) => ({
    id: v7(),
    email: `staff-${i}@bench.example`,
    displayName: nameOf(i),
    role: STAFF_ROLES[i % STAFF_ROLES.length],
  }));
  await insertUsers(pool, workspaceId, staff);
  for (let from = 0; from < SEED.customers; from += 2000) {
    const batch = Array.from({ length: Math.min(2000, SEED.customers - from) }, (_, j) => ({
      id: v7(),
      email: `customer-${from + j}@bench.example`,
      displayName: nameOf(from + j + 1000),
      role: 'customer',
    }));
    await insertUsers(pool, workspaceId, batch);
  }
  const writers = staff.map((u) => {
    const token = randomBytes(32).toString('base64url');
    return {
      userId: u.id,
      displayName: u.displayName,
      cookie: `cocreate_session=${workspaceId}.${token}`,
      tokenHash: hashToken(token),
    };
  });
  await pool.query(
    `insert into sessions (workspace_id, token_hash, user_id, expires_at)
     select $1, unnest($2::text[]), unnest($3::uuid[]), now() + interval '30 days'`,
    [workspaceId, writers.map((w) => w.tokenHash), writers.map((w) => w.userId)],
  );
  await pool.query('analyze');
  return writers;
}
