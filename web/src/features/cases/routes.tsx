import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const CaseConsolePage = lazyPage(() => import('./console/case-console-page'), 'CaseConsolePage');
const QueuePage = lazyPage(() => import('./console/queue-page'), 'QueuePage');
const RecordCasePage = lazyPage(() => import('./console/record-case-page'), 'RecordCasePage');
const ReportsPage = lazyPage(() => import('./console/reports-page'), 'ReportsPage');
const CaseSettingsPage = lazyPage(() => import('./console/settings-page'), 'CaseSettingsPage');
const CasePage = lazyPage(() => import('./portal/case-page'), 'CasePage');
const FileCasePage = lazyPage(() => import('./portal/file-case-page'), 'FileCasePage');
const MyCasesPage = lazyPage(() => import('./portal/my-cases-page'), 'MyCasesPage');

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
