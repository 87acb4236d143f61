import type { CoverageGrouping, CoverageUnits } from '@canhgiac/contracts';
import { withinOrganization } from '../../common/auth/scope';
import { PRODUCT_TIME_ZONE } from '../../common/time';
import { unitRollUpOne, unitValidOn, vietnamDayOf } from '../admin-units/admin-units.sql';
import { ageBandSql, firstsMeasure } from './rollups/rollups.sql';

/**
 * Where the registrations' figures come from: the registrations themselves (`raw`, the reference
 * and the only source when the figures are limited to an organization, a window or a former
 * district), or the attendance rollups (`rollup`, a report over one campaign or all of them).
 */
export type CoverageSource = 'raw' | 'rollup';

/**
 * How each grouping attributes the figures, so that every grouping's rows add up to its totals:
 * - `reg`: the row of a registration (and of a person's first attendance);
 * - `conf`: the row of a held conference, or null when a conference is not one row's (gender…);
 * - `leaf`: the row of a delivered allocation, or null when leaflets are not one row's;
 * - `geo`: the rows are administrative units, keyed by the unit's period (`unit_key`).
 *
 * Units (ADR 0005): with `current`, a conference or delivery counts in today's commune that covers
 * the place where it happened, found through the succession links; with `as-held`, in the commune
 * and the district (the province from 1/7/2025) valid on its day.
 */
interface Dimension {
  reg: string;
  /** The same, read from a rollup row (`x`, its conference `c`). */
  rollup: string;
  /** Whether the registration's person is needed (gender, group, age band). */
  person: boolean;
  conf: string | null;
  leaf: string | null;
  geo: boolean;
}

const AGE_BAND = ageBandSql('p', 'c');

/** Units are keyed by an integer (`unit_key.k`): no cast per registration row. */
const unitDimension = (column: string): Dimension => ({
  reg: `c.${column}`,
  rollup: `c.${column}`,
  person: false,
  conf: `c.${column}`,
  leaf: `l.${column}`,
  geo: true,
});

function dimensionOf(groupBy: CoverageGrouping, units: CoverageUnits): Dimension {
  switch (groupBy) {
    case 'district':
      return unitDimension('parent_id');
    case 'commune':
      return unitDimension(units === 'current' ? 'now_id' : 'commune_id');
    case 'organization':
      return {
        reg: 'r.organization_id::text',
        rollup: 'x.organization_id::text',
        person: false,
        conf: null,
        leaf: 'l.organization_id::text',
        geo: false,
      };
    case 'association':
      return {
        reg: '(SELECT t.root FROM org_root t WHERE t.id = r.organization_id)::text',
        rollup: '(SELECT t.root FROM org_root t WHERE t.id = x.organization_id)::text',
        person: false,
        conf: null,
        leaf: '(SELECT t.root FROM org_root t WHERE t.id = l.organization_id)::text',
        geo: false,
      };
    case 'group':
      return {
        reg: 'p.group_code',
        rollup: 'x.group_code',
        person: true,
        conf: null,
        leaf: null,
        geo: false,
      };
    case 'gender':
      return {
        reg: 'p.gender',
        rollup: 'x.gender',
        person: true,
        conf: null,
        leaf: null,
        geo: false,
      };
    case 'age_band':
      return {
        reg: AGE_BAND,
        rollup: 'x.age_band',
        person: true,
        conf: null,
        leaf: null,
        geo: false,
      };
    case 'month':
      return {
        reg: 'c.month',
        rollup: 'c.month',
        person: false,
        conf: 'c.month',
        leaf: 'l.month',
        geo: false,
      };
  }
}

/** Row order: official code order (then period) for units, calendar order for months and ages, names otherwise. */
const ORDER: Record<CoverageGrouping, string> = {
  district: 'key NULLS LAST, "validFrom" NULLS FIRST',
  commune: 'key NULLS LAST, "validFrom" NULLS FIRST',
  month: 'key NULLS LAST',
  organization: 'label NULLS LAST, key',
  association: 'label NULLS LAST, key',
  group:
    "array_position(ARRAY['farmer','veteran','elderly','student','worker','civil_servant','other'], key) NULLS LAST",
  gender: "array_position(ARRAY['male','female','other'], key) NULLS LAST",
  age_band: "array_position(ARRAY['lt18','18_35','36_59','gte60','unknown'], key) NULLS LAST",
};

/** A unit's period overlaps the report's window. */
const overlapsWindow = (alias: string) =>
  `win.lo IS NOT NULL AND win.hi IS NOT NULL AND (${alias}.valid_from IS NULL OR ${alias}.valid_from <= win.hi) AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > win.lo)`;

/**
 * The coverage aggregate as one statement. Parameters: $1 campaign, $2 from, $3 to, $4 the
 * coordinator's organization (null for everyone else), $5 a former district (conferences held
 * in it), $6 today, $7 the installation's province. From the rollups, $2 to $5 must be null.
 */
export function coverageSql(
  groupBy: CoverageGrouping,
  units: CoverageUnits = 'current',
  source: CoverageSource = 'raw',
): string {
  const d = dimensionOf(groupBy, units);
  const rollup = source === 'rollup';
  const tz = PRODUCT_TIME_ZONE;
  const current = units === 'current';
  // Today's communes that the former district's communes went into.
  const intoFromDistrict = `SELECT dn.target_id FROM now_unit dn JOIN admin_unit dc ON dc.id = dn.origin_id WHERE dc.level = 'commune' AND dc.parent_code = $5`;
  let base = `SELECT NULL::${d.geo ? 'int' : 'text'} AS dim WHERE false`;
  if (groupBy === 'commune' && current) {
    base = `SELECT uk.k AS dim FROM admin_unit u JOIN unit_key uk ON uk.id = u.id
            WHERE u.level = 'commune' AND u.parent_code = $7 AND ${unitValidOn('u', '$6::date')}
              AND ($5::text IS NULL OR u.id IN (${intoFromDistrict}))`;
  } else if (groupBy === 'commune') {
    base = `SELECT uk.k AS dim FROM win, admin_unit u JOIN unit_key uk ON uk.id = u.id
            JOIN now_unit bn ON bn.origin_id = u.id JOIN admin_unit bt ON bt.id = bn.target_id
            WHERE u.level = 'commune' AND bt.parent_code = $7 AND ${overlapsWindow('u')}
              AND ($5::text IS NULL OR u.parent_code = $5)`;
  } else if (groupBy === 'district') {
    base = `SELECT uk.k AS dim FROM win, admin_unit u JOIN unit_key uk ON uk.id = u.id
            WHERE u.level = 'district' AND ${overlapsWindow('u')} AND ($5::text IS NULL OR u.code = $5)
              AND EXISTS (SELECT 1 FROM admin_unit bc JOIN now_unit bn ON bn.origin_id = bc.id JOIN admin_unit bt ON bt.id = bn.target_id
                          WHERE bc.level = 'commune' AND bc.parent_code = u.code AND bt.parent_code = $7)`;
  }
  return `
  WITH now_unit AS MATERIALIZED (${unitRollUpOne('$6::date')}),
  -- A short key per unit period: the rows' dimension travels through the big sort of first
  -- attendances, where a uuid would make every row wider.
  unit_key AS MATERIALIZED (SELECT id, row_number() OVER (ORDER BY code, valid_from NULLS FIRST)::int AS k FROM admin_unit),
  -- Each organization's association: the topmost organization above it (itself at the top).
  org_root AS MATERIALIZED (${groupBy === 'association' ? 'SELECT id, organization_root(id) AS root FROM organization' : 'SELECT NULL::uuid AS id, NULL::uuid AS root WHERE false'}),
  win AS (
    SELECT coalesce($2::date, k.starts_on) AS lo, coalesce($3::date, k.ends_on) AS hi
    FROM (SELECT 1) one LEFT JOIN campaign k ON k.id = $1::uuid
  ),
  conf AS NOT MATERIALIZED (
    SELECT f.id, f.status, f.starts_at, ck.k AS commune_id, pk.k AS parent_id, nk.k AS now_id,
           to_char(f.starts_at AT TIME ZONE '${tz}', 'YYYY-MM') AS month
    FROM conference f
    LEFT JOIN admin_unit cu ON cu.code = f.commune_code AND cu.level = 'commune' AND ${unitValidOn('cu', vietnamDayOf('f.starts_at'))}
    LEFT JOIN admin_unit pu ON pu.code = cu.parent_code AND ${unitValidOn('pu', vietnamDayOf('f.starts_at'))}
    LEFT JOIN now_unit nu ON nu.origin_id = cu.id
    LEFT JOIN unit_key ck ON ck.id = cu.id
    LEFT JOIN unit_key pk ON pk.id = pu.id
    LEFT JOIN unit_key nk ON nk.id = nu.target_id
    WHERE f.status <> 'cancelled'
      AND ($1::uuid IS NULL OR f.campaign_id = $1)
      AND ($2::date IS NULL OR f.starts_at >= ($2::date)::timestamp AT TIME ZONE '${tz}')
      AND ($3::date IS NULL OR f.starts_at < ($3::date + 1)::timestamp AT TIME ZONE '${tz}')
      AND ($5::text IS NULL OR cu.parent_code = $5)
  ),
  ${
    rollup
      ? `-- A row per conference and organization, or conference and person's cell (ADR 0019).
  reg AS NOT MATERIALIZED (
    SELECT (${d.rollup}) AS dim, x.registrations, x.attended, ${firstsMeasure('$1')} AS firsts
    FROM ${d.person ? 'attendance_rollup_person' : 'attendance_rollup_org'} x
    JOIN conf c ON c.id = x.conference_id
  ),
  held AS (SELECT c.* FROM conf c WHERE c.status = 'held'),`
      : `reg AS NOT MATERIALIZED (
    SELECT r.id, r.person_id, r.status, r.conference_id, c.starts_at, (${d.reg}) AS dim
    FROM registration r
    JOIN conf c ON c.id = r.conference_id
    ${d.person ? 'JOIN person p ON p.id = r.person_id' : ''}
    WHERE $4::uuid IS NULL OR ${withinOrganization('r.organization_id', '$4')}
  ),
  first_attendance AS (
    SELECT DISTINCT ON (person_id) person_id, dim FROM reg WHERE status = 'attended' ORDER BY person_id, starts_at, id
  ),
  held AS (
    SELECT c.* FROM conf c
    WHERE c.status = 'held'
      AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM reg WHERE reg.conference_id = c.id AND reg.status = 'attended'))
  ),`
  }
  leaf AS (
    SELECT a.quantity, a.organization_id, to_char(a.delivered_on, 'YYYY-MM') AS month,
           lck.k AS commune_id, lpk.k AS parent_id,
           CASE a.recipient_kind WHEN 'organization' THEN ou.code WHEN 'commune' THEN apu.code ELSE fpu.code END AS parent_code,
           lnk.k AS now_id
    FROM leaflet_allocation a
    JOIN leaflet_batch b ON b.id = a.batch_id
    LEFT JOIN organization o ON o.id = a.organization_id
    LEFT JOIN admin_unit ou ON ou.code = o.district_code AND ou.level = 'district' AND ${unitValidOn('ou', 'a.delivered_on')}
    LEFT JOIN admin_unit au ON au.code = a.commune_code AND au.level = 'commune' AND ${unitValidOn('au', 'a.delivered_on')}
    LEFT JOIN admin_unit apu ON apu.code = au.parent_code AND ${unitValidOn('apu', 'a.delivered_on')}
    LEFT JOIN conference f ON f.id = a.conference_id
    LEFT JOIN admin_unit fu ON fu.code = f.commune_code AND fu.level = 'commune' AND ${unitValidOn('fu', vietnamDayOf('f.starts_at'))}
    LEFT JOIN admin_unit fpu ON fpu.code = fu.parent_code AND ${unitValidOn('fpu', vietnamDayOf('f.starts_at'))}
    LEFT JOIN now_unit ln ON ln.origin_id = CASE a.recipient_kind WHEN 'commune' THEN au.id WHEN 'conference' THEN fu.id END
    LEFT JOIN unit_key lck ON lck.id = CASE a.recipient_kind WHEN 'commune' THEN au.id WHEN 'conference' THEN fu.id END
    LEFT JOIN unit_key lpk ON lpk.id = CASE a.recipient_kind WHEN 'organization' THEN ou.id WHEN 'commune' THEN apu.id ELSE fpu.id END
    LEFT JOIN unit_key lnk ON lnk.id = ln.target_id
    WHERE a.status = 'delivered'
      AND ($1::uuid IS NULL OR b.campaign_id = $1 OR f.campaign_id = $1)
      AND ($2::date IS NULL OR a.delivered_on >= $2::date)
      AND ($3::date IS NULL OR a.delivered_on <= $3::date)
      AND ($4::uuid IS NULL OR ${withinOrganization('a.organization_id', '$4')})
  ),
  leaf_in AS (
    SELECT l.* FROM leaf l WHERE $5::text IS NULL OR l.parent_code = $5
  ),
  ${
    rollup
      ? `-- One pass over the rollups for the three figures.
  by_reg AS (
    SELECT dim, sum(registrations)::int AS registrations, sum(attended)::int AS attended, sum(firsts)::int AS unique_participants
    FROM reg GROUP BY dim
  ),
  by_person AS (SELECT dim, unique_participants FROM by_reg),`
      : `by_reg AS (
    SELECT dim, count(*)::int AS registrations, count(*) FILTER (WHERE status = 'attended')::int AS attended FROM reg GROUP BY dim
  ),
  by_person AS (SELECT dim, count(*)::int AS unique_participants FROM first_attendance GROUP BY dim),`
  }
  by_conf AS (${d.conf ? `SELECT (${d.conf}) AS dim, count(*)::int AS held FROM held c GROUP BY 1` : `SELECT NULL::text AS dim, 0 AS held WHERE false`}),
  by_leaf AS (${d.leaf ? `SELECT (${d.leaf}) AS dim, sum(l.quantity)::int AS delivered FROM leaf_in l GROUP BY 1` : `SELECT NULL::text AS dim, 0 AS delivered WHERE false`}),
  base AS (${base}),
  keys AS (
    SELECT dim FROM base UNION SELECT dim FROM by_reg UNION SELECT dim FROM by_person
    UNION SELECT dim FROM by_conf UNION SELECT dim FROM by_leaf
  ),
  -- The population the totals' coverage is measured against: the province's communes on the map
  -- of the report (today's, or the map of the window's last day as held); unknown if any is.
  ref_units AS (
    SELECT u.population FROM win, admin_unit u
    JOIN now_unit rn ON rn.origin_id = u.id JOIN admin_unit rt ON rt.id = rn.target_id
    WHERE u.level = 'commune' AND rt.parent_code = $7
      AND ${unitValidOn('u', current ? '$6::date' : 'coalesce(win.hi, $6::date)')}
      AND ($5::text IS NULL OR ${current ? `u.id IN (${intoFromDistrict})` : 'u.parent_code = $5'})
  ),
  province AS (
    SELECT CASE WHEN count(*) > 0 AND count(*) = count(population) THEN sum(population)::int END AS population FROM ref_units
  )
  SELECT report.*, round(100.0 * "uniqueParticipants" / nullif(population, 0), 2)::float8 AS "coveragePct" FROM (
  SELECT false AS "isTotal",
    ${d.geo ? 'g.code' : 'k.dim'}::text AS key,
    ${
      d.geo
        ? `CASE WHEN g.level = 'province' THEN g.name || ' (từ ' || to_char(g.valid_from, 'DD/MM/YYYY') || ', xã, phường trực thuộc tỉnh)' ELSE g.name END`
        : 'o.name'
    } AS label,
    ${d.geo ? 'g.population' : 'NULL::int'} AS population,
    ${d.geo ? 'g.valid_from' : 'NULL::date'} AS "validFrom",
    ${d.geo ? '(g.valid_to - 1)' : 'NULL::date'} AS "validTo",
    ${d.conf ? 'coalesce(bc.held, 0)' : 'NULL::int'} AS "conferencesHeld",
    coalesce(br.registrations, 0) AS registrations, coalesce(br.attended, 0) AS attended,
    coalesce(bp.unique_participants, 0) AS "uniqueParticipants",
    ${d.leaf ? 'coalesce(bl.delivered, 0)' : 'NULL::int'} AS "leafletsDelivered"
  FROM keys k
  LEFT JOIN by_reg br ON br.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN by_person bp ON bp.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN by_conf bc ON bc.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN by_leaf bl ON bl.dim IS NOT DISTINCT FROM k.dim
  LEFT JOIN unit_key gk ON ${d.geo ? 'gk.k = k.dim' : 'false'}
  LEFT JOIN admin_unit g ON g.id = gk.id
  LEFT JOIN organization o ON ${groupBy === 'organization' || groupBy === 'association' ? 'o.id::text = k.dim' : 'false'}
  UNION ALL
  -- The totals. Registrations and people come from the per-row aggregates (each registration and
  -- each person is in exactly one row); held conferences and leaflets are counted on their own.
  SELECT true, NULL, NULL, (SELECT population FROM province), NULL, NULL,
    (SELECT count(*)::int FROM held),
    (SELECT coalesce(sum(registrations), 0)::int FROM by_reg), (SELECT coalesce(sum(attended), 0)::int FROM by_reg),
    (SELECT coalesce(sum(unique_participants), 0)::int FROM by_person),
    (SELECT coalesce(sum(quantity), 0)::int FROM leaf_in)
  ) report
  ORDER BY "isTotal", ${ORDER[groupBy]}`;
}
