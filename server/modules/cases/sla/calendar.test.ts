// The SLA clock's arithmetic, against worked examples computed by hand.
// Sources: the 2026 public-holiday schedule of the State Council General Office (国务院办公厅关于
// 2026年部分节假日安排的通知: 春节 2月15日至23日放假调休，共9天；2月14日（周六）、2月28日（周六）上班);
// EU summer time (Directive 2000/84/EC: last Sunday of March 01:00 UTC to last Sunday of October
// 01:00 UTC, so 2026-03-29 and 2026-10-25); US DST (15 U.S.C. 260a: second Sunday of March, 2026-03-08).
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from './calendar.js';

const weekdays = (start: string, end: string) => {
  const r = [{ start, end }];
  return { mon: r, tue: r, wed: r, thu: r, fri: r, sat: [], sun: [] };
};
const cal = (
  timeZone: string,
  hours: BusinessCalendar['hours'],
  holidays: string[] = [],
  workdays: string[] = [],
): BusinessCalendar => ({ timeZone, hours, holidays: new Set(holidays), workdays: new Set(workdays) });
const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

const shanghai = cal('Asia/Shanghai', weekdays('09:00', '18:00'));
const springFestival2026 = cal(
  'Asia/Shanghai',
  weekdays('09:00', '18:00'),
  [
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
  ],
  ['2026-02-14', '2026-02-28'],
);

describe('addBusinessMinutes in Shanghai (UTC+8, Mon-Fri 09:00-18:00)', () => {
  it('carries over the night: Tue 17:30 + 60 min = Wed 09:30', () => {
    expect(iso(addBusinessMinutes(shanghai, at('2026-03-03T17:30:00+08:00'), 60))).toBe('2026-03-04T01:30:00.000Z');
  });
  it('skips the weekend: Fri 17:00 + 120 min = Mon 10:00', () => {
    expect(iso(addBusinessMinutes(shanghai, at('2026-03-06T17:00:00+08:00'), 120))).toBe('2026-03-09T02:00:00.000Z');
  });
  it('starts the clock at opening time when filed before it: Mon 07:00 + 30 min = Mon 09:30', () => {
    expect(iso(addBusinessMinutes(shanghai, at('2026-03-09T07:00:00+08:00'), 30))).toBe('2026-03-09T01:30:00.000Z');
  });
  it('ends exactly at closing time rather than the next morning: Mon 17:00 + 60 = Mon 18:00', () => {
    expect(iso(addBusinessMinutes(shanghai, at('2026-03-09T17:00:00+08:00'), 60))).toBe('2026-03-09T10:00:00.000Z');
  });
  it('counts a 3-day target (27 working hours) from Wednesday noon to Monday noon', () => {
    // Wed 12-18 (6h) + Thu 9h + Fri 9h = 24h, then Mon 09:00-12:00 (3h).
    expect(iso(addBusinessMinutes(shanghai, at('2026-03-04T12:00:00+08:00'), 27 * 60))).toBe(
      '2026-03-09T04:00:00.000Z',
    );
  });
  it('honours a lunch break (09:00-12:00, 13:30-18:00): Mon 11:30 + 60 = Mon 14:00', () => {
    const lunch = cal('Asia/Shanghai', {
      mon: [
        { start: '09:00', end: '12:00' },
        { start: '13:30', end: '18:00' },
      ],
    });
    expect(iso(addBusinessMinutes(lunch, at('2026-03-09T11:30:00+08:00'), 60))).toBe('2026-03-09T06:00:00.000Z');
  });
});

describe('Spring Festival 2026 in Shanghai (holidays 15-23 Feb, make-up Saturdays 14 and 28 Feb)', () => {
  it('works the make-up Saturday: Fri 13 Feb 17:00 + 4 h = Sat 14 Feb 12:00', () => {
    expect(iso(addBusinessMinutes(springFestival2026, at('2026-02-13T17:00:00+08:00'), 240))).toBe(
      '2026-02-14T04:00:00.000Z',
    );
  });
  it('skips the nine holidays: Sat 14 Feb 17:00 + 2 h = Tue 24 Feb 10:00', () => {
    expect(iso(addBusinessMinutes(springFestival2026, at('2026-02-14T17:00:00+08:00'), 120))).toBe(
      '2026-02-24T02:00:00.000Z',
    );
  });
  it('works the second make-up Saturday: Fri 27 Feb 17:00 + 2 h = Sat 28 Feb 10:00', () => {
    expect(iso(addBusinessMinutes(springFestival2026, at('2026-02-27T17:00:00+08:00'), 120))).toBe(
      '2026-02-28T02:00:00.000Z',
    );
  });
  it('without the holiday calendar the same request would be due on Mon 16 Feb', () => {
    expect(iso(addBusinessMinutes(shanghai, at('2026-02-13T17:00:00+08:00'), 120))).toBe('2026-02-16T02:00:00.000Z');
  });
  it('measures Fri 13 Feb 09:00 to Tue 24 Feb 18:00 as three working days (Fri, make-up Sat, Tue) = 1620 min', () => {
    expect(
      businessMinutesBetween(springFestival2026, at('2026-02-13T09:00:00+08:00'), at('2026-02-24T18:00:00+08:00')),
    ).toBe(1620);
  });
});

describe('daylight saving time', () => {
  const berlin = cal('Europe/Berlin', weekdays('09:00', '17:00'));
  it('Berlin spring forward: Fri 27 Mar 16:00 CET + 2 h = Mon 30 Mar 10:00 CEST (08:00Z, not 09:00Z)', () => {
    expect(iso(addBusinessMinutes(berlin, at('2026-03-27T16:00:00+01:00'), 120))).toBe('2026-03-30T08:00:00.000Z');
    expect(businessMinutesBetween(berlin, at('2026-03-27T15:00:00Z'), at('2026-03-30T08:00:00Z'))).toBe(120);
  });
  it('Berlin fall back: Fri 23 Oct 16:00 CEST + 2 h = Mon 26 Oct 10:00 CET (09:00Z)', () => {
    expect(iso(addBusinessMinutes(berlin, at('2026-10-23T16:00:00+02:00'), 120))).toBe('2026-10-26T09:00:00.000Z');
  });
  it('a round-the-clock calendar has a 23-hour day when the clocks go forward', () => {
    const allDay = { start: '00:00', end: '24:00' };
    const always = cal('Europe/Berlin', {
      mon: [allDay],
      tue: [allDay],
      wed: [allDay],
      thu: [allDay],
      fri: [allDay],
      sat: [allDay],
      sun: [allDay],
    });
    // Sat 22:00 CET (21:00Z) to Sun 06:00 CEST (04:00Z) is 7 real hours, not 8 wall-clock hours.
    expect(businessMinutesBetween(always, at('2026-03-28T21:00:00Z'), at('2026-03-29T04:00:00Z'))).toBe(420);
    expect(iso(addBusinessMinutes(always, at('2026-03-28T21:00:00Z'), 420))).toBe('2026-03-29T04:00:00.000Z');
    // And a 25-hour day when they go back: Sat 24 Oct 00:00 CEST to Mon 26 Oct 00:00 CET = 49 h.
    expect(businessMinutesBetween(always, at('2026-10-24T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(
      49 * 60,
    );
  });
  it('New York spring forward: Fri 6 Mar 16:00 EST + 2 h = Mon 9 Mar 10:00 EDT (14:00Z)', () => {
    const ny = cal('America/New_York', weekdays('09:00', '17:00'));
    expect(iso(addBusinessMinutes(ny, at('2026-03-06T16:00:00-05:00'), 120))).toBe('2026-03-09T14:00:00.000Z');
  });
});

describe('time zones', () => {
  it('reads the same instant in the workspace zone: 2026-03-09T08:30Z is 16:30 in Shanghai, 09:30 in Berlin', () => {
    const instant = at('2026-03-09T08:30:00Z');
    expect(iso(addBusinessMinutes(shanghai, instant, 120))).toBe('2026-03-10T01:30:00.000Z'); // 90 min Mon, 30 Tue
    expect(iso(addBusinessMinutes(cal('Europe/Berlin', weekdays('09:00', '17:00')), instant, 120))).toBe(
      '2026-03-09T10:30:00.000Z',
    );
  });
  it('counts the working time between two instants across a weekend', () => {
    // Fri 16:00 to Mon 10:00 in Shanghai: Fri 2 h + Mon 1 h.
    expect(businessMinutesBetween(shanghai, at('2026-03-06T16:00:00+08:00'), at('2026-03-09T10:00:00+08:00'))).toBe(
      180,
    );
    expect(businessMinutesBetween(shanghai, at('2026-03-09T10:00:00+08:00'), at('2026-03-06T16:00:00+08:00'))).toBe(0);
  });
  it('refuses a calendar without any working time instead of looping', () => {
    expect(() => addBusinessMinutes(cal('UTC', {}), at('2026-01-01T00:00:00Z'), 1)).toThrow(/no working time/);
  });
});
