import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { DATE_FORMAT } from './format';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The product's time zone: instants are shown, and typed, as clock time in Vietnam. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const TIME_FORMAT = 'HH:mm';
export const DATE_TIME_FORMAT = `${DATE_FORMAT} ${TIME_FORMAT}`;
/** A calendar day as the API writes it. */
export const ISO_DATE = 'YYYY-MM-DD';

/** An instant (any offset) as a dayjs in Vietnam time. */
export function inVietnam(instant: string | Date): Dayjs {
  return dayjs(instant).tz(TIME_ZONE);
}

/** "15/05/2026 08:00" in Vietnam time. */
export function formatDateTime(instant: string | null | undefined): string {
  return instant ? inVietnam(instant).format(DATE_TIME_FORMAT) : '';
}

/** "08:00" in Vietnam time. */
export function formatTime(instant: string): string {
  return inVietnam(instant).format(TIME_FORMAT);
}

/** The day in Vietnam on which an instant falls, "2026-05-15". */
export function vietnamDay(instant: string | Date): string {
  return inVietnam(instant).format(ISO_DATE);
}

/** Today in Vietnam, "2026-05-15" (not the UTC day, which differs before 07:00). */
export function todayInVietnam(): string {
  return dayjs().tz(TIME_ZONE).format(ISO_DATE);
}

/** A clock time in Vietnam on a day, as the ISO instant the API expects: 2026-05-15T08:00:00+07:00. */
export function vietnamInstant(day: string, time: string): string {
  return dayjs.tz(`${day}T${time}`, TIME_ZONE).format();
}

/** For pickers: an ISO instant (any offset) → dayjs in Vietnam time, and back with +07:00. */
export function instantToPicker(value: string | null | undefined): Dayjs | null {
  return value ? inVietnam(value) : null;
}

export function pickerToInstant(value: Dayjs | null): string {
  if (!value) return '';
  return value.isValid() ? value.tz(TIME_ZONE).format() : 'invalid';
}

/** For date pickers: "2026-05-15" ↔ dayjs (no time zone: a calendar day is the same everywhere). */
export function dateToPicker(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value) : null;
}

export function pickerToDate(value: Dayjs | null): string {
  if (!value) return '';
  return value.isValid() ? value.format(ISO_DATE) : 'invalid';
}

/** A calendar day "2026-05-15" for date arithmetic (UTC, so no device time zone or DST interferes). */
export function parseDay(day: string): Dayjs {
  return dayjs.utc(day);
}
