import { TZDate } from '@date-fns/tz';

export type DayKey = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';
const DAY_KEYS: DayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export interface HoursRange {
  start: string;
  end: string;
}

/**
 * When a workspace works: weekly hours in its time zone, public holidays (no work at all) and
 * make-up working days (China's 调休: a Saturday or Sunday worked to bridge a holiday).
 */
export interface BusinessCalendar {
  timeZone: string;
  hours: Partial<Record<DayKey, HoursRange[]>>;
  /** 'YYYY-MM-DD' in the workspace's zone. */
  holidays: ReadonlySet<string>;
  /** 'YYYY-MM-DD' weekend days that are worked; they keep the hours of a normal Monday. */
  workdays: ReadonlySet<string>;
}

const MINUTE = 60_000;
// A calendar with no working time at all would loop forever; ten years is beyond any target.
const MAX_DAYS = 3700;

interface LocalDay {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayKeyOf = (day: LocalDay) => `${day.y}-${pad(day.m + 1)}-${pad(day.d)}`;

function localDay(instant: number, timeZone: string): LocalDay {
  const z = new TZDate(instant, timeZone);
  return { y: z.getFullYear(), m: z.getMonth(), d: z.getDate() };
}

function nextDay(day: LocalDay): LocalDay {
  const u = new Date(Date.UTC(day.y, day.m, day.d + 1));
  return { y: u.getUTCFullYear(), m: u.getUTCMonth(), d: u.getUTCDate() };
}

function weekdayOf(day: LocalDay): DayKey {
  return DAY_KEYS[new Date(Date.UTC(day.y, day.m, day.d)).getUTCDay()]!;
}

/** The hours a make-up working day keeps: Monday's, or the first weekday that has any. */
function makeUpHours(calendar: BusinessCalendar): HoursRange[] {
  for (const key of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) {
    const ranges = calendar.hours[key];
    if (ranges && ranges.length > 0) return ranges;
  }
  return [];
}

// Resolving wall-clock times in a zone is the expensive part; one calendar object is used for
// all the clocks of a change (and a whole SLA scan), so its days are worked out once.
const dayCache = new WeakMap<BusinessCalendar, Map<string, [number, number][]>>();

/** The working intervals of one local day as UTC milliseconds, in order. */
export function workingIntervals(calendar: BusinessCalendar, day: LocalDay): [number, number][] {
  const key = dayKeyOf(day);
  let cache = dayCache.get(calendar);
  if (!cache) dayCache.set(calendar, (cache = new Map()));
  let intervals = cache.get(key);
  if (!intervals) cache.set(key, (intervals = computeIntervals(calendar, day, key)));
  return intervals;
}

function computeIntervals(calendar: BusinessCalendar, day: LocalDay, key: string): [number, number][] {
  if (calendar.holidays.has(key)) return [];
  const weekday = weekdayOf(day);
  let ranges = calendar.hours[weekday] ?? [];
  if (calendar.workdays.has(key) && ranges.length === 0) ranges = makeUpHours(calendar);
  const at = (hhmm: string) => {
    const [h, min] = hhmm.split(':').map(Number) as [number, number];
    // TZDate resolves the wall-clock time in the zone, so DST days get their true length.
    return new TZDate(day.y, day.m, day.d, h, min, 0, calendar.timeZone).getTime();
  };
  return ranges
    .map((r) => [at(r.start), at(r.end)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
}

/** The instant `minutes` working minutes after `from` (from itself when minutes <= 0). */
export function addBusinessMinutes(calendar: BusinessCalendar, from: Date, minutes: number): Date {
  let remaining = Math.round(minutes * MINUTE);
  if (remaining <= 0) return new Date(from);
  const origin = from.getTime();
  let day = localDay(origin, calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [s, e] of workingIntervals(calendar, day)) {
      const start = Math.max(s, origin);
      if (start >= e) continue;
      if (e - start >= remaining) return new Date(start + remaining);
      remaining -= e - start;
    }
    day = nextDay(day);
  }
  throw new Error('The business calendar has no working time within ten years.');
}

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  let total = 0;
  let day = localDay(a, calendar.timeZone);
  const last = dayKeyOf(localDay(b, calendar.timeZone));
  for (let i = 0; i < MAX_DAYS; i++) {
    for (const [s, e] of workingIntervals(calendar, day)) {
      const lo = Math.max(s, a);
      const hi = Math.min(e, b);
      if (hi > lo) total += hi - lo;
    }
    if (dayKeyOf(day) === last) break;
    day = nextDay(day);
  }
  return total / MINUTE;
}
