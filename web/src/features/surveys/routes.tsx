import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const FollowupsPage = lazyPage(() => import('./console/followups-page'), 'FollowupsPage');
const ResultsPage = lazyPage(() => import('./console/results-page'), 'ResultsPage');
const SurveyBuilderPage = lazyPage(() => import('./console/survey-builder-page'), 'SurveyBuilderPage');
const SurveysListPage = lazyPage(() => import('./console/surveys-list-page'), 'SurveysListPage');
const AnswerPage = lazyPage(() => import('./portal/answer-page'), 'AnswerPage');
const OptOutPage = lazyPage(() => import('./portal/surveys-page'), 'OptOutPage');
const SurveysPage = lazyPage(() => import('./portal/surveys-page'), 'SurveysPage');

/** Pages of the surveys module under the portal (/) and the console (/console). */
export const portalRoutes: RouteObject[] = [
  { path: 'surveys', element: <SurveysPage /> },
  { path: 's/opt-out', element: <OptOutPage /> },
  { path: 's/:slug', element: <AnswerPage /> },
];
export const consoleRoutes: RouteObject[] = [
  { path: 'surveys', element: <SurveysListPage /> },
  { path: 'surveys/new', element: <SurveyBuilderPage /> },
  { path: 'surveys/:id', element: <ResultsPage /> },
  { path: 'surveys/:id/edit', element: <SurveyBuilderPage /> },
  { path: 'survey-followups', element: <FollowupsPage /> },
];
