import { announce, type Announcement } from '../../platform/broadcast/index.js';
import type { HotReadCache } from '../../platform/cache/hot-read-cache.js';
import type { Tx } from '../../platform/db/index.js';
import { SurveyEvents } from './events.js';
import type { SurveyRow } from './survey-rows.js';

/** Surveys as respondents see them (GET /s, GET /s/:slug), cached for everyone alike. */
export const SURVEYS_AREA = 'surveys';

const SAVED = 'surveys.saved';

/** Tells every process, once `tx` commits, that a survey's definition changed. */
export function announceSurveySaved(tx: Tx, workspaceId: string): Promise<void> {
  return announce(tx, { topic: SAVED, workspaceId });
}

// Opening or closing changes who may answer; a completed response may fill a quota.
const CHANGES = new Set<string>([
  SurveyEvents.surveyPublished,
  SurveyEvents.surveyClosed,
  SurveyEvents.responseCompleted,
]);

export function changesPublicSurveys(a: Announcement): boolean {
  return a.topic === SAVED || (a.topic === 'event' && CHANGES.has(a.name ?? ''));
}

export function defineSurveysArea(cache: HotReadCache): void {
  cache.defineArea(SURVEYS_AREA, changesPublicSurveys);
}

/**
 * Whether a survey opens or closes within `ms`: no event says so when the time comes, so an
 * answer that shows it is not kept longer than that (it is read fresh instead).
 */
export function opensOrClosesWithin(surveys: Pick<SurveyRow, 'opens_at' | 'closes_at'>[], ms: number): boolean {
  const now = Date.now();
  return surveys.some((s) =>
    [s.opens_at, s.closes_at].some((at) => at !== null && at.getTime() > now && at.getTime() <= now + ms),
  );
}
