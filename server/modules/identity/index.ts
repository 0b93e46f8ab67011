import type { FastifyPluginAsync } from 'fastify';
import type { CocreateModule } from '../../platform/module.js';
import { authenticate } from './authenticate.js';
import { accountRoutes } from './routes/account.js';
import { adminRoutes } from './routes/admin.js';
import { apiKeyRoutes } from './routes/api-keys.js';
import { authRoutes } from './routes/auth.js';
import { memberRoutes } from './routes/members.js';
import { workspaceRoutes } from './routes/workspace.js';
import './tables.js';

const routes: FastifyPluginAsync = async (app) => {
  for (const plugin of [authRoutes, accountRoutes, workspaceRoutes, memberRoutes, apiKeyRoutes, adminRoutes])
    await app.register(plugin);
};

/** Identity: workspaces, people and roles, sign-in, identified customers, API keys, audit log. */
export const identityModule: CocreateModule = { name: 'identity', httpHooks: authenticate, routes };

export { createDemoWorkspace, DEMO_PASSWORD } from './demo.js';
export { can, definePermission, requireUser, requireWorkspace, type Access, type Actor } from './policies.js';
export { audit, type Origin } from './audit.js';
export { commandContext, type CommandContext } from './context.js';
export { findOrCreateCustomer } from './commands/find-or-create-customer.js';
export { routeAccessTables, type RouteAccess } from './authenticate.js';
export { IdentityEvents } from './events.js';
export type { Role, StaffRole, ApiScope } from './tables.js';
export {
  countActiveCustomers,
  displayNames,
  findPeople,
  findPerson,
  getPerson,
  listPeople,
  listStaff,
  personFromJson,
  personQuery,
  type PeopleFilter,
  type Person,
} from './people.js';
export { workspaceClock, workspaceProfile, type WorkspaceClock, type WorkspaceProfile } from './workspace-reads.js';
