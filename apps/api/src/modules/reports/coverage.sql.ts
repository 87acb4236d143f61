import type { CoverageGrouping } from '@canhgiac/contracts';
import { PRODUCT_TIME_ZONE } from '../../common/time';
import { unitCurrent, unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';

/**
 * How each grouping attributes the figures, so that every grouping's rows add up to its totals:
 * - `reg`: the row of a registration (and of a person's first attendance);
 * - `conf`: the row of a held conference, or null when a conference is not one row's (gender…);
 * - `leaf`: the row of a delivered allocation, or null when leaflets are not one row's;
 * - `base`: the administrative units listed even without activity (geographic groupings).
 *
 * Conferences and leaflets count in the commune and district as they were on the day of the
 * conference or the delivery (ADR 0005); the units listed, and the population, are today's.
 */
interface Dimension {
  reg: string;
  /** Whether the registration's person is needed (gender, group, age band). */
  person: boolean;
  conf: string | null;
  leaf: string | null;
  base: 'district' | 'commune' | null;
}

const AGE_BAND = `CASE
  WHEN p.birth_year IS NULL THEN 'unknown'
  WHEN extract(year FROM c.starts_at AT TIME ZONE '${PRODUCT_TIME_ZONE}')::int - p.birth_year < 18 THEN 'lt18'
  WHEN extract(year FROM c.starts_at AT TIME ZONE '${PRODUCT_TIME_ZONE}')::int - p.birth_year <= 35 THEN '18_35'
  WHEN extract(year FROM c.starts_at AT TIME ZONE '${PRODUCT_TIME_ZONE}')::int - p.birth_year <= 59 THEN '36_59'
  ELSE 'gte60' END`;

export const dimensions: Record<CoverageGrouping, Dimension> = {
  district: {
    reg: 'c.district_code',
    person: false,
    conf: 'c.district_code',
    leaf: 'l.district_code',
    base: 'district',
  },
  commune: {
    reg: 'c.commune_code',
    person: false,
    conf: 'c.commune_code',
    leaf: 'l.commune_code',
    base: 'commune',
  },
  organization: {
    reg: 'r.organization_id::text',
    person: false,
    conf: null,
    leaf: 'l.organization_id::text',
    base: null,
  },
  group: { reg: 'p.group_code', person: true, conf: null, leaf: null, base: null },
  gender: { reg: 'p.gender', person: true, conf: null, leaf: null, base: null },
  age_band: { reg: AGE_BAND, person: true, conf: null, leaf: null, base: null },
  month: { reg: 'c.month', person: false, conf: 'c.month', leaf: 'l.month', base: null },
};

/** Row order: official code order for units, calendar order for months and ages, names otherwise. */
const ORDER: Record<CoverageGrouping, string> = {
  district: 'key NULLS LAST',
  commune: 'key NULLS LAST',
  month: 'key NULLS LAST',
  organization: 'label NULLS LAST, key',
  group:
    "array_position(ARRAY['farmer','veteran','elderly','student','worker','civil_servant','other'], key) NULLS LAST",
  gender: "array_position(ARRAY['male','female','other'], key) NULLS LAST",
  age_band: "array_position(ARRAY['lt18','18_35','36_59','gte60','unknown'], key) NULLS LAST",
};

/**
 * The coverage aggregate as one statement. Parameters: $1 campaign, $2 from, $3 to, $4 the
 * coordinator's organization (null for everyone else), $5 district filter for communes.
 */
export function coverageSql(groupBy: CoverageGrouping): string {
  const d = dimensions[groupBy];
  const tz = PRODUCT_TIME_ZONE;
  const baseUnits =
    d.base === null
      ? `SELECT NULL::text AS dim, NULL::text AS label, NULL::int AS population WHERE false`
      : `SELECT u.code AS dim, u.name AS label, u.population FROM admin_unit u
         WHERE u.level = '${d.base}' AND ${unitCurrent('u')}
           AND ($5::text IS NULL OR '${d.base}' <> 'commune' OR u.parent_code = $5)`;
  return `
  WITH conf AS NOT MATERIALIZED (
    SELECT f.id, f.status, f.starts_at, f.commune_code, cu.parent_code AS district_code,
           to_char(f.starts_at AT TIME ZONE '${tz}', 'YYYY-MM') AS month
    FROM conference f
    LEFT JOIN admin_unit cu ON cu.code = f.commune_code AND ${unitValidOn('cu', vietnamDayOf('f.starts_at'))}
    WHERE f.status <> 'cancelled'
      AND ($1::uuid IS NULL OR f.campaign_id = $1)
      AND ($2::date IS NULL OR f.starts_at >= ($2::date)::timestamp AT TIME ZONE '${tz}')
      AND ($3::date IS NULL OR f.starts_at < ($3::date + 1)::timestamp AT TIME ZONE '${tz}')
      AND ($5::text IS NULL OR cu.parent_code = $5)
  ),
  reg AS NOT MATERIALIZED (
    SELECT r.id, r.person_id, r.status, r.conference_id, c.starts_at, (${d.reg}) AS dim
    FROM registration r
    JOIN conf c ON c.id = r.conference_id
    ${d.person ? 'JOIN person p ON p.id = r.person_id' : ''}
    WHERE $4::uuid IS NULL OR r.organization_id = $4
  ),
  first_attendance AS (
    SELECT DISTINCT ON (person_id) person_id, dim FROM reg WHERE status = 'attended' ORDER BY person_id, starts_at, id
  ),
  held AS (
    SELECT c.* FROM conf c
    WHERE c.status = 'held'
      AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM reg WHERE reg.conference_id = c.id AND reg.status = 'attended'))
  ),
  leaf AS (
    SELECT a.quantity, a.organization_id,
           CASE a.recipient_kind WHEN 'commune' THEN a.commune_code WHEN 'conference' THEN fu.code END AS commune_code,
           CASE a.recipient_kind WHEN 'organization' THEN o.district_code WHEN 'commune' THEN au.parent_code ELSE fu.parent_code END AS district_code,
           to_char(a.delivered_on, 'YYYY-MM') AS month
    FROM leaflet_allocation a
    JOIN leaflet_batch b ON b.id = a.batch_id
    LEFT JOIN organization o ON o.id = a.organization_id
    LEFT JOIN admin_unit au ON au.code = a.commune_code AND ${unitValidOn('au', 'a.delivered_on')}
    LEFT JOIN conference f ON f.id = a.conference_id
    LEFT JOIN admin_unit fu ON fu.code = f.commune_code AND ${unitValidOn('fu', vietnamDayOf('f.starts_at'))}
    WHERE a.status = 'delivered'
      AND ($1::uuid IS NULL OR b.campaign_id = $1 OR f.campaign_id = $1)
      AND ($2::date IS NULL OR a.delivered_on >= $2::date)
      AND ($3::date IS NULL OR a.delivered_on <= $3::date)
      AND ($4::uuid IS NULL OR a.organization_id = $4)
  ),
  leaf_in AS (
    SELECT l.* FROM leaf l WHERE $5::text IS NULL OR l.district_code = $5
  ),
  by_reg AS (
    SELECT dim, count(*)::int AS registrations, count(*) FILTER (WHERE status = 'attended')::int AS attended FROM reg GROUP BY dim
  ),
  by_person AS (SELECT dim, count(*)::int AS unique_participants FROM first_attendance GROUP BY dim),
  by_conf AS (${d.conf ? `SELECT (${d.conf}) AS dim, count(*)::int AS held FROM held c GROUP BY 1` : `SELECT NULL::text AS dim, 0 AS held WHERE false`}),
  by_leaf AS (${d.leaf ? `SELECT (${d.leaf}) AS dim, sum(l.quantity)::int AS delivered FROM leaf_in l GROUP BY 1` : `SELECT NULL::text AS dim, 0 AS delivered WHERE false`}),
  base AS (${baseUnits}),
  keys AS (
    SELECT dim FROM base UNION SELECT dim FROM by_reg UNION SELECT dim FROM by_person
    UNION SELECT dim FROM by_conf UNION SELECT dim FROM by_leaf
  ),
  province AS (
    SELECT coalesce(sum(u.population), 0)::int AS population FROM admin_unit u
    WHERE u.level = 'commune' AND ${unitCurrent('u')} AND ($5::text IS NULL OR u.parent_code = $5)
  )
  SELECT report.*, round(100.0 * "uniqueParticipants" / nullif(population, 0), 2)::float8 AS "coveragePct" FROM (
  SELECT false AS "isTotal", k.dim AS key, coalesce(b.label, o.name, gone.name) AS label, b.population,
    ${d.conf ? 'coalesce(bc.held, 0)' : 'NULL::int'} AS "conferencesHeld",
    coalesce(br.registrations, 0) AS registrations, coalesce(br.attended, 0) AS attended,
    coalesce(bp.unique_participants, 0) AS "uniqueParticipants",
    ${d.leaf ? 'coalesce(bl.delivered, 0)' : 'NULL::int'} AS "leafletsDelivered"
  FROM keys k
  LEFT JOIN base b ON b.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN by_reg br ON br.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN by_person bp ON bp.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN by_conf bc ON bc.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN by_leaf bl ON bl.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN organization o ON ${groupBy === 'organization'} AND o.id::text = k.dim
  -- A unit that has since been merged away keeps a row of its own, under its last name.
  LEFT JOIN LATERAL (
    SELECT u.name FROM admin_unit u WHERE ${d.base !== null} AND b.dim IS NULL AND u.code = k.dim AND u.level = '${d.base ?? 'commune'}'
    ORDER BY u.valid_to DESC NULLS FIRST LIMIT 1
  ) gone ON true
  UNION ALL
  -- The totals. Registrations and people come from the per-row aggregates (each registration and
  -- each person is in exactly one row); held conferences and leaflets are counted on their own.
  SELECT true, NULL, NULL, (SELECT population FROM province),
    (SELECT count(*)::int FROM held),
    (SELECT coalesce(sum(registrations), 0)::int FROM by_reg), (SELECT coalesce(sum(attended), 0)::int FROM by_reg),
    (SELECT coalesce(sum(unique_participants), 0)::int FROM by_person),
    (SELECT coalesce(sum(quantity), 0)::int FROM leaf_in)
  ) report
  ORDER BY "isTotal", ${ORDER[groupBy]}`;
}
