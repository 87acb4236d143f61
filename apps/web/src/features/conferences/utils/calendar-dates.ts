import type { Conference } from '@canhgiac/contracts';
import { ISO_DATE, parseDay, vietnamDay } from '../../../lib/date-time';

/** Calendar days are "YYYY-MM-DD" strings; weeks start on Monday, as in Vietnam. */

export function startOfWeek(day: string): string {
  const date = parseDay(day);
  return date.subtract((date.day() + 6) % 7, 'day').format(ISO_DATE);
}

export function addDays(day: string, days: number): string {
  return parseDay(day).add(days, 'day').format(ISO_DATE);
}

export function addMonths(day: string, months: number): string {
  return parseDay(day).add(months, 'month').format(ISO_DATE);
}

export function weekOf(day: string): string[] {
  const start = startOfWeek(day);
  return Array.from({ length: 7 }, (_, index) => addDays(start, index));
}

/** The weeks shown for the month of `day`: Monday before the 1st to Sunday after the last day. */
export function monthWeeks(day: string): string[][] {
  const first = parseDay(day).startOf('month').format(ISO_DATE);
  const last = parseDay(day).endOf('month').format(ISO_DATE);
  const weeks: string[][] = [];
  for (let start = startOfWeek(first); start <= last; start = addDays(start, 7)) {
    weeks.push(weekOf(start));
  }
  return weeks;
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** A conference spanning several days is shown on each of them (at most two weeks). */
const MAX_DAYS = 14;

/** The conferences of each day (Vietnamese days), by start time. */
export function conferencesByDay(conferences: Conference[]): Map<string, Conference[]> {
  const byDay = new Map<string, Conference[]>();
  const sorted = [...conferences].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const conference of sorted) {
    const last = vietnamDay(conference.endsAt);
    let day = vietnamDay(conference.startsAt);
    for (let count = 0; day <= last && count < MAX_DAYS; count += 1) {
      byDay.set(day, [...(byDay.get(day) ?? []), conference]);
      day = addDays(day, 1);
    }
  }
  return byDay;
}
