import * as cases from '../features/cases/routes';
import * as ideas from '../features/ideas/routes';
import * as notifications from '../features/notifications/routes';
import * as surveys from '../features/surveys/routes';

const features = [ideas, surveys, cases, notifications];

/** Every module's portal pages (children of the portal layout). */
export const featurePortalRoutes = features.flatMap((f) => f.portalRoutes);
/** Every module's console pages (children of the guarded console layout). */
export const featureConsoleRoutes = features.flatMap((f) => f.consoleRoutes);
