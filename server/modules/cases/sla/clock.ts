import type { CaseType, Priority } from '../tables.js';
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from './calendar.js';

/** Targets in working minutes. */
export interface SlaTargets {
  firstResponseMinutes: number;
  nextResponseMinutes: number;
  resolutionMinutes: number;
}

/** Used when a workspace has not set a policy for a priority. */
export const DEFAULT_TARGETS: Record<Priority, SlaTargets> = {
  urgent: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 8 * 60 },
  high: { firstResponseMinutes: 2 * 60, nextResponseMinutes: 4 * 60, resolutionMinutes: 2 * 9 * 60 },
  normal: { firstResponseMinutes: 4 * 60, nextResponseMinutes: 8 * 60, resolutionMinutes: 5 * 9 * 60 },
  low: { firstResponseMinutes: 9 * 60, nextResponseMinutes: 2 * 9 * 60, resolutionMinutes: 10 * 9 * 60 },
};

export interface PolicyRow {
  priority: Priority;
  case_type: CaseType | '*';
  first_response_minutes: number;
  next_response_minutes: number;
  resolution_minutes: number;
}

/** A policy for the case type beats the priority's general one, which beats the defaults. */
export function pickTargets(policies: readonly PolicyRow[], priority: Priority, type: CaseType): SlaTargets {
  const row =
    policies.find((p) => p.priority === priority && p.case_type === type) ??
    policies.find((p) => p.priority === priority && p.case_type === '*');
  if (!row) return DEFAULT_TARGETS[priority];
  return {
    firstResponseMinutes: row.first_response_minutes,
    nextResponseMinutes: row.next_response_minutes,
    resolutionMinutes: row.resolution_minutes,
  };
}

/** What the clocks of one case depend on. */
export interface SlaInput {
  startedAt: Date;
  pausedMinutes: number;
  pausedAt: Date | null;
  firstRespondedAt: Date | null;
  awaitingReplySince: Date | null;
  resolved: boolean;
}

export interface SlaDues {
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date;
  /** The nearest running deadline; null while paused or resolved. */
  dueAt: Date | null;
  /** Which clock dueAt belongs to. */
  clock: 'first_response' | 'next_response' | 'resolution' | null;
}

/**
 * The deadlines of a case. Time spent waiting on the customer is added to the targets that
 * count from the start, which is the same as stopping those clocks during the wait.
 */
export function computeDues(calendar: BusinessCalendar, targets: SlaTargets, s: SlaInput): SlaDues {
  const fromStart = (minutes: number) => addBusinessMinutes(calendar, s.startedAt, minutes + s.pausedMinutes);
  const firstResponseDueAt = s.firstRespondedAt ? null : fromStart(targets.firstResponseMinutes);
  const nextResponseDueAt =
    s.firstRespondedAt && s.awaitingReplySince
      ? addBusinessMinutes(calendar, s.awaitingReplySince, targets.nextResponseMinutes)
      : null;
  const resolutionDueAt = fromStart(targets.resolutionMinutes);
  let dueAt: Date | null = null;
  let clock: SlaDues['clock'] = null;
  if (!s.pausedAt && !s.resolved) {
    const candidates: [SlaDues['clock'], Date | null][] = [
      ['first_response', firstResponseDueAt],
      ['next_response', nextResponseDueAt],
      ['resolution', resolutionDueAt],
    ];
    for (const [name, due] of candidates) {
      if (due && (!dueAt || due < dueAt)) {
        dueAt = due;
        clock = name;
      }
    }
  }
  return { firstResponseDueAt, nextResponseDueAt, resolutionDueAt, dueAt, clock };
}

/** The working minutes a pause lasted, to add to pausedMinutes when the clock runs again. */
export function pauseLength(calendar: BusinessCalendar, pausedAt: Date, resumedAt: Date): number {
  return Math.round(businessMinutesBetween(calendar, pausedAt, resumedAt));
}
