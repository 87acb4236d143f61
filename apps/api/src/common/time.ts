/** The product's time zone: every "today" and every printed date is Vietnamese time. */
export const PRODUCT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Today's date in Vietnam as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: PRODUCT_TIME_ZONE }).format(now);
}
