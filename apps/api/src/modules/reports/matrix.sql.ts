import type { MatrixDimension, MatrixMeasure, ReportUnits } from '@canhgiac/contracts';
import { withinOrganization } from '../../common/auth/scope';
import { PRODUCT_TIME_ZONE } from '../../common/time';
import { unitRollUpOne, unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';

/**
 * The commune a conference counts in, for `units`, as coverage counts it (ADR 0005): `as-held`,
 * the commune of the conference's day; `current`, today's commune that covers it, through the
 * succession links (the `conf` CTE reads both).
 */
export const matrixCommune = (units: ReportUnits, conference = 'c') =>
  units === 'current' ? `${conference}.now_code` : `${conference}.commune_code`;

/** Each dimension, read from a registration (`r`, its conference `c`, its person `p`). */
const registrationDimension = (dimension: MatrixDimension, units: ReportUnits) => {
  switch (dimension) {
    case 'commune':
      return matrixCommune(units);
    case 'organization':
      return 'r.organization_id::text';
    case 'group':
      return 'p.group_code';
    case 'month':
      return 'c.month';
  }
};

/**
 * Each dimension, read from a held conference (`c`): an organization is each co-organizer
 * (`co`), or for a coordinator the coordinator's own, whose members attended.
 */
const conferenceDimension = (dimension: MatrixDimension, units: ReportUnits) => {
  switch (dimension) {
    case 'commune':
      return matrixCommune(units);
    case 'month':
      return 'c.month';
    case 'organization':
      return 'coalesce($4::uuid, co.organization_id)::text';
    case 'group':
      throw new Error('conferences are not counted by group');
  }
};

/**
 * The matrix as one aggregate: the facts of the measure, each in exactly one cell, summed with
 * GROUPING SETS into the cells, the row totals, the column totals and the grand total at once.
 * Parameters as the coverage report's: $1 campaign, $2 from, $3 to, $4 the coordinator's
 * organization (null for everyone else), $5 today. The facts are attributed as coverage attributes them
 * (ADR 0012): an attendance in its conference's commune and month and its registration's
 * organization; a person in the cell of their first attendance; so each row's total is the
 * coverage report's figure for that row, and each column's for that column. A held conference
 * counts once in its commune and month, and in the column of each co-organizer (a row's total
 * counts it once).
 */
export function matrixSql(
  rows: MatrixDimension,
  cols: MatrixDimension,
  measure: MatrixMeasure,
  units: ReportUnits,
): string {
  const tz = PRODUCT_TIME_ZONE;
  const person = rows === 'group' || cols === 'group';
  const facts =
    measure === 'conferencesHeld'
      ? `SELECT (${conferenceDimension(rows, units)}) AS rk, (${conferenceDimension(cols, units)}) AS ck, c.id::text AS fid
         FROM held c
         LEFT JOIN conference_organizer co ON ${rows === 'organization' || cols === 'organization'} AND $4::uuid IS NULL AND co.conference_id = c.id`
      : measure === 'attended'
        ? `SELECT rk, ck, id::text AS fid FROM reg WHERE status = 'attended'`
        : `SELECT DISTINCT ON (person_id) rk, ck, person_id::text AS fid FROM reg WHERE status = 'attended' ORDER BY person_id, starts_at, id`;
  return `
  WITH now_unit AS MATERIALIZED (${unitRollUpOne('$5::date')}),
  conf AS NOT MATERIALIZED (
    SELECT f.id, f.status, f.starts_at, f.commune_code, coalesce(nt.code, f.commune_code) AS now_code,
           to_char(f.starts_at AT TIME ZONE '${tz}', 'YYYY-MM') AS month
    FROM conference f
    LEFT JOIN admin_unit cu ON cu.code = f.commune_code AND cu.level = 'commune' AND ${unitValidOn('cu', vietnamDayOf('f.starts_at'))}
    LEFT JOIN now_unit nu ON nu.origin_id = cu.id
    LEFT JOIN admin_unit nt ON nt.id = nu.target_id
    WHERE f.status <> 'cancelled'
      AND ($1::uuid IS NULL OR f.campaign_id = $1)
      AND ($2::date IS NULL OR f.starts_at >= ($2::date)::timestamp AT TIME ZONE '${tz}')
      AND ($3::date IS NULL OR f.starts_at < ($3::date + 1)::timestamp AT TIME ZONE '${tz}')
  ),
  reg AS NOT MATERIALIZED (
    SELECT r.id, r.person_id, r.status, r.conference_id, c.starts_at,
      (${registrationDimension(rows, units)}) AS rk, (${registrationDimension(cols, units)}) AS ck
    FROM registration r
    JOIN conf c ON c.id = r.conference_id
    ${person ? 'JOIN person p ON p.id = r.person_id' : ''}
    WHERE $4::uuid IS NULL OR ${withinOrganization('r.organization_id', '$4')}
  ),
  held AS (
    SELECT c.* FROM conf c
    WHERE c.status = 'held'
      AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM reg WHERE reg.conference_id = c.id AND reg.status = 'attended'))
  ),
  facts AS (${facts})
  SELECT rk, ck, GROUPING(rk, ck)::int AS level, ${measure === 'conferencesHeld' ? 'count(DISTINCT fid)' : 'count(*)'}::int AS n
  FROM facts
  GROUP BY GROUPING SETS ((rk, ck), (rk), (ck), ())`;
}
