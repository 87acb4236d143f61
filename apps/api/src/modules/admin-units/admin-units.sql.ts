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

/**
 * Every period of a unit (`origin_id`) → the unit(s) valid on `day` that cover it (`target_id`),
 * found by following the succession links forward; a unit valid on `day` covers itself (depth 0).
 * A former unit split between several successors has a row for each.
 */
export const unitRollUp = (day: string) => `
  WITH RECURSIVE walk(origin_id, unit_id, depth) AS (
    SELECT u.id, u.id, 0 FROM admin_unit u
    UNION ALL
    SELECT w.origin_id, s.successor_id, w.depth + 1
    FROM walk w
    JOIN admin_unit cur ON cur.id = w.unit_id
    JOIN admin_unit_succession s ON s.predecessor_id = w.unit_id
    WHERE NOT (${unitValidOn('cur', day)}) AND w.depth < 16
  )
  SELECT w.origin_id, w.unit_id AS target_id, w.depth
  FROM walk w JOIN admin_unit t ON t.id = w.unit_id
  WHERE ${unitValidOn('t', day)}`;

/**
 * One covering unit per period, for figures that must sit in exactly one row: a split unit's
 * activity goes to the successor that kept its code, else to the first successor by code.
 */
export const unitRollUpOne = (day: string) => `
  SELECT DISTINCT ON (r.origin_id) r.origin_id, r.target_id
  FROM (${unitRollUp(day)}) r
  JOIN admin_unit o ON o.id = r.origin_id
  JOIN admin_unit t ON t.id = r.target_id
  ORDER BY r.origin_id, r.depth, (t.code = o.code) DESC, t.code`;

/** The columns of the contract's AdminUnit for the row under `alias`; validTo is the last valid day. */
export const unitColumns = (
  alias: string,
) => `${alias}.code, ${alias}.name, ${alias}.type, ${alias}.level,
  ${alias}.parent_code AS "parentCode", ${alias}.population, ${alias}.area_km2::float8 AS "areaKm2",
  ${alias}.valid_from AS "validFrom", (${alias}.valid_to - 1) AS "validTo"`;
