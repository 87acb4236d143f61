/** The product's time zone: every "today" and every printed date is Vietnamese time. */
export const PRODUCT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Built once: building a formatter costs far more than formatting with it. */
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: PRODUCT_TIME_ZONE });

/** Today's date in Vietnam as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay.format(now);
}
