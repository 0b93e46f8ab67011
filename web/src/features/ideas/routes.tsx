import type { RouteObject } from 'react-router-dom';
import { BoardPage } from './board-page';
import { ChangelogPage } from './changelog-page';
import { BoardsPage } from './console/boards-page';
import { IdeaConsolePage } from './console/idea-console-page';
import { IdeasConsolePage } from './console/ideas-console-page';
import { IdeaPage } from './idea-page';
import { IdeasHomePage } from './ideas-home-page';
import { RoadmapPage } from './roadmap-page';
import { SubmitIdeaPage } from './submit-idea-page';

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
