import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const BoardPage = lazyPage(() => import('./board-page'), 'BoardPage');
const ChangelogPage = lazyPage(() => import('./changelog-page'), 'ChangelogPage');
const BoardsPage = lazyPage(() => import('./console/boards-page'), 'BoardsPage');
const IdeaConsolePage = lazyPage(() => import('./console/idea-console-page'), 'IdeaConsolePage');
const IdeasConsolePage = lazyPage(() => import('./console/ideas-console-page'), 'IdeasConsolePage');
const IdeaPage = lazyPage(() => import('./idea-page'), 'IdeaPage');
const IdeasHomePage = lazyPage(() => import('./ideas-home-page'), 'IdeasHomePage');
const RoadmapPage = lazyPage(() => import('./roadmap-page'), 'RoadmapPage');
const SubmitIdeaPage = lazyPage(() => import('./submit-idea-page'), 'SubmitIdeaPage');

/** Pages of the ideas module under the portal (/) and the console (/console). */
export const portalRoutes: RouteObject[] = [
  { path: 'ideas', element: <IdeasHomePage /> },
  { path: 'ideas/new', element: <SubmitIdeaPage /> },
  { path: 'ideas/roadmap', element: <RoadmapPage /> },
  { path: 'ideas/changelog', element: <ChangelogPage /> },
  { path: 'ideas/boards/:slug', element: <BoardPage /> },
  { path: 'ideas/:id', element: <IdeaPage /> },
];
export const consoleRoutes: RouteObject[] = [
  { path: 'ideas', element: <IdeasConsolePage /> },
  { path: 'ideas/boards', element: <BoardsPage /> },
  { path: 'ideas/:id', element: <IdeaConsolePage /> },
];
