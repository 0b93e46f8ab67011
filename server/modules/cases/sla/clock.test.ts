// Deadlines of one case, hand-computed on a Shanghai calendar (Mon-Fri 09:00-18:00, UTC+8).
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './calendar.js';
import { computeDues, DEFAULT_TARGETS, pauseLength, pickTargets } from './clock.js';

const day = [{ start: '09:00', end: '18:00' }];
const shanghai: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: new Set(),
  workdays: new Set(),
};
const at = (s: string) => new Date(s);
const base = {
  startedAt: at('2026-03-09T10:00:00+08:00'),
  pausedMinutes: 0,
  pausedAt: null,
  firstRespondedAt: null,
  awaitingReplySince: null,
  resolved: false,
};

describe('computeDues', () => {
  it('runs first response (4 h) and resolution (45 h) from filing on Mon 10:00', () => {
    const dues = computeDues(shanghai, DEFAULT_TARGETS.normal, base);
    expect(dues.firstResponseDueAt?.toISOString()).toBe('2026-03-09T06:00:00.000Z'); // Mon 14:00
    // Mon 8 h + Tue-Fri 36 h = 44 h, then Mon 16 Mar 09:00-10:00.
    expect(dues.resolutionDueAt.toISOString()).toBe('2026-03-16T02:00:00.000Z');
    expect(dues).toMatchObject({ clock: 'first_response', dueAt: dues.firstResponseDueAt });
  });

  it('stops the resolution clock while waiting on the customer (Tue 16:00 to Thu 11:00 = 13 working hours)', () => {
    const paused = pauseLength(shanghai, at('2026-03-10T16:00:00+08:00'), at('2026-03-12T11:00:00+08:00'));
    expect(paused).toBe(13 * 60);
    const dues = computeDues(shanghai, DEFAULT_TARGETS.normal, {
      ...base,
      firstRespondedAt: at('2026-03-09T11:00:00+08:00'),
      pausedMinutes: paused,
    });
    // 45 h + 13 h = 58 h from Mon 10:00: 53 h by Mon 16 Mar 18:00, then Tue 17 Mar 09:00 + 5 h.
    expect(dues.resolutionDueAt.toISOString()).toBe('2026-03-17T06:00:00.000Z');
    expect(dues.firstResponseDueAt).toBeNull();
    expect(dues.clock).toBe('resolution');
  });

  it('starts the next-response clock when the customer writes after the first answer', () => {
    const dues = computeDues(shanghai, DEFAULT_TARGETS.normal, {
      ...base,
      firstRespondedAt: at('2026-03-09T11:00:00+08:00'),
      awaitingReplySince: at('2026-03-09T17:00:00+08:00'),
    });
    // 8 working hours from Mon 17:00: 1 h on Monday, 7 h on Tuesday -> Tue 16:00.
    expect(dues.nextResponseDueAt?.toISOString()).toBe('2026-03-10T08:00:00.000Z');
    expect(dues.clock).toBe('next_response');
  });

  it('has no running deadline while paused or resolved', () => {
    expect(
      computeDues(shanghai, DEFAULT_TARGETS.normal, { ...base, pausedAt: at('2026-03-09T12:00:00+08:00') }).dueAt,
    ).toBeNull();
    expect(computeDues(shanghai, DEFAULT_TARGETS.normal, { ...base, resolved: true }).dueAt).toBeNull();
  });
});

describe('pickTargets', () => {
  const rows = [
    {
      priority: 'high' as const,
      case_type: '*' as const,
      first_response_minutes: 30,
      next_response_minutes: 60,
      resolution_minutes: 600,
    },
    {
      priority: 'high' as const,
      case_type: 'repair' as const,
      first_response_minutes: 45,
      next_response_minutes: 90,
      resolution_minutes: 1200,
    },
  ];
  it('prefers the policy of the case type, then the priority, then the defaults', () => {
    expect(pickTargets(rows, 'high', 'repair').firstResponseMinutes).toBe(45);
    expect(pickTargets(rows, 'high', 'complaint').firstResponseMinutes).toBe(30);
    expect(pickTargets(rows, 'low', 'complaint')).toEqual(DEFAULT_TARGETS.low);
  });
});
