/**
 * The instant every test starts at: the fixtures' "today" (the API's tests use the same one).
 * No test depends on the real calendar; Date runs on from here while timers stay real.
 */
export const TEST_NOW = '2026-05-15T09:00:00+07:00';

/** The test clock's day in Vietnam, as the API writes days (yyyy-MM-dd). */
export const TEST_TODAY = TEST_NOW.slice(0, 10);

/** The day `days` after `day` (both yyyy-MM-dd); negative for days before. */
export function dayAfter(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A day as the interface writes it: dd/MM/yyyy. */
export const shownDay = (day: string) => day.split('-').reverse().join('/');
