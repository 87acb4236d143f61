import { PRODUCT_TIME_ZONE } from '../../common/time';

/**
 * Administrative units are temporal data (ADR 0005): a code names different units, or none, on
 * different days. These fragments are the one way SQL elsewhere picks the row of `admin_unit`
 * (under `alias`) that answers for a day.
 */

/** The unit as it was on `day`, an SQL date expression. */
export const unitValidOn = (alias: string, day: string) =>
  `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= ${day}) AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${day})`;

/** The unit on today's map. */
export const unitCurrent = (alias: string) => `${alias}.valid_to IS NULL`;

/** The day, in Vietnam, of an SQL timestamptz expression (a conference's day). */
export const vietnamDayOf = (instant: string) =>
  `(${instant} AT TIME ZONE '${PRODUCT_TIME_ZONE}')::date`;
