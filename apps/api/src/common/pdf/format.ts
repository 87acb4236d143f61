import { PRODUCT_TIME_ZONE } from '../time';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PRODUCT_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PRODUCT_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** dd/MM/yyyy in Vietnam. */
export const formatDate = (value: Date | string) => dateFormat.format(new Date(value));
/** HH:mm in Vietnam. */
export const formatTime = (value: Date | string) => timeFormat.format(new Date(value));

/** "ngày 05 tháng 03 năm 2026", as official documents write a date. */
export function formatLongDate(value: Date | string): string {
  const [day, month, year] = formatDate(value).split('/');
  return `ngày ${day} tháng ${month} năm ${year}`;
}
