import type { RouteObject } from 'react-router-dom';
import { CaseConsolePage } from './console/case-console-page';
import { QueuePage } from './console/queue-page';
import { RecordCasePage } from './console/record-case-page';
import { ReportsPage } from './console/reports-page';
import { CaseSettingsPage } from './console/settings-page';
import { CasePage } from './portal/case-page';
import { FileCasePage } from './portal/file-case-page';
import { MyCasesPage } from './portal/my-cases-page';

/** Pages of the cases module under the portal (/) and the console (/console). */
export const portalRoutes: RouteObject[] = [
  { path: 'cases', element: <MyCasesPage /> },
  { path: 'cases/new', element: <FileCasePage /> },
  { path: 'cases/:id', element: <CasePage /> },
];
export const consoleRoutes: RouteObject[] = [
  { path: 'cases', element: <QueuePage /> },
  { path: 'cases/new', element: <RecordCasePage /> },
  { path: 'cases/reports', element: <ReportsPage /> },
  { path: 'cases/settings', element: <CaseSettingsPage /> },
  { path: 'cases/:id', element: <CaseConsolePage /> },
];
