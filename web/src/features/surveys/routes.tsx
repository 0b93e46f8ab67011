import type { RouteObject } from 'react-router-dom';
import { FollowupsPage } from './console/followups-page';
import { ResultsPage } from './console/results-page';
import { SurveyBuilderPage } from './console/survey-builder-page';
import { SurveysListPage } from './console/surveys-list-page';
import { AnswerPage } from './portal/answer-page';
import { OptOutPage, SurveysPage } from './portal/surveys-page';

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
