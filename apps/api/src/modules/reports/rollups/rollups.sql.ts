import { PRODUCT_TIME_ZONE } from '../../../common/time';

/** The advisory lock that lets one refresh at a time work the list, across every server. */
export const ROLLUP_LOCK = 7_242_019;

/** A conference's month in Vietnam's time, as the reports group months. */
const monthOf = (startsAt: string) =>
  `to_char(${startsAt} AT TIME ZONE '${PRODUCT_TIME_ZONE}', 'YYYY-MM')`;

/** The age band of a person (`p`) at a conference (`f`), as the coverage report bands ages. */
export const ageBandSql = (person = 'p', conference = 'f') => {
  const age = `extract(year FROM ${conference}.starts_at AT TIME ZONE '${PRODUCT_TIME_ZONE}')::int - ${person}.birth_year`;
  return `CASE
  WHEN ${person}.birth_year IS NULL THEN 'unknown'
  WHEN ${age} < 18 THEN 'lt18'
  WHEN ${age} <= 35 THEN '18_35'
  WHEN ${age} <= 59 THEN '36_59'
  ELSE 'gte60' END`;
};

/**
 * Takes the work list and settles the firsts of the people on it, in one statement. Answers the
 * conferences to recount: those on the list, and those where a first came or went.
 *
 * A first is the earliest attended registration of the person at a conference that is not
 * cancelled, ordered by the conference's start and then the registration's id, as the raw
 * coverage aggregate orders each person's attendances; bit 1 ever, bit 2 in its campaign, bit 4
 * in its month, bit 8 in its month within its campaign.
 */
export const settleFirstsSql = `
  WITH taken AS (DELETE FROM rollup_dirty RETURNING kind, id),
  work AS (SELECT DISTINCT kind, id FROM taken),
  people AS (SELECT id FROM work WHERE kind = 'p'),
  ranked AS (
    SELECT r.id AS registration_id, r.person_id, r.conference_id,
      row_number() OVER (PARTITION BY r.person_id ORDER BY f.starts_at, r.id) AS n_all,
      row_number() OVER (PARTITION BY r.person_id, f.campaign_id ORDER BY f.starts_at, r.id) AS n_campaign,
      row_number() OVER (PARTITION BY r.person_id, ${monthOf('f.starts_at')} ORDER BY f.starts_at, r.id) AS n_month,
      row_number() OVER (PARTITION BY r.person_id, f.campaign_id, ${monthOf('f.starts_at')} ORDER BY f.starts_at, r.id) AS n_campaign_month
    FROM people
    JOIN registration r ON r.person_id = people.id
    JOIN conference f ON f.id = r.conference_id
    WHERE r.status = 'attended' AND f.status <> 'cancelled'
  ),
  fresh AS (
    SELECT registration_id, person_id, conference_id,
      -- Parenthesized: PostgreSQL gives | and << the same precedence.
      ((n_all = 1)::int | ((n_campaign = 1)::int << 1) | ((n_month = 1)::int << 2) | ((n_campaign_month = 1)::int << 3))::smallint AS flags
    FROM ranked
    WHERE n_all = 1 OR n_campaign = 1 OR n_month = 1 OR n_campaign_month = 1
  ),
  old AS (
    SELECT a.registration_id, a.flags, r.conference_id
    FROM attendance_first a JOIN people ON people.id = a.person_id
    LEFT JOIN registration r ON r.id = a.registration_id
  ),
  gone AS (
    DELETE FROM attendance_first a USING old
    WHERE a.registration_id = old.registration_id
      AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.registration_id = old.registration_id)
  ),
  kept AS (
    INSERT INTO attendance_first (registration_id, person_id, flags)
    SELECT registration_id, person_id, flags FROM fresh
    ON CONFLICT (registration_id) DO UPDATE SET person_id = EXCLUDED.person_id, flags = EXCLUDED.flags
    WHERE (attendance_first.person_id, attendance_first.flags) IS DISTINCT FROM (EXCLUDED.person_id, EXCLUDED.flags)
  )
  SELECT id AS "conferenceId" FROM work WHERE kind = 'c'
  UNION
  SELECT coalesce(n.conference_id, o.conference_id)
  FROM fresh n FULL JOIN old o ON o.registration_id = n.registration_id
  WHERE n.flags IS DISTINCT FROM o.flags AND coalesce(n.conference_id, o.conference_id) IS NOT NULL`;

/** The measures of a rollup row, from registrations `r` and their firsts `a`. */
const measures = `count(*)::int, count(*) FILTER (WHERE r.status = 'attended')::int,
    count(*) FILTER (WHERE a.flags & 1 <> 0)::int, count(*) FILTER (WHERE a.flags & 2 <> 0)::int,
    count(*) FILTER (WHERE a.flags & 4 <> 0)::int, count(*) FILTER (WHERE a.flags & 8 <> 0)::int`;
const measureColumns = `registrations, attended, first_all, first_campaign, first_month, first_campaign_month`;

/** Recounts the conferences `$1` (uuid[]) in both rollups: their rows are replaced as a whole. */
export const recountSql = [
  `DELETE FROM attendance_rollup_org WHERE conference_id = ANY ($1::uuid[])`,
  `INSERT INTO attendance_rollup_org (conference_id, organization_id, ${measureColumns})
   SELECT r.conference_id, r.organization_id, ${measures}
   FROM registration r LEFT JOIN attendance_first a ON a.registration_id = r.id
   WHERE r.conference_id = ANY ($1::uuid[])
   GROUP BY 1, 2`,
  `DELETE FROM attendance_rollup_person WHERE conference_id = ANY ($1::uuid[])`,
  `INSERT INTO attendance_rollup_person (conference_id, group_code, gender, age_band, ${measureColumns})
   SELECT r.conference_id, p.group_code, p.gender, ${ageBandSql('p', 'f')}, ${measures}
   FROM registration r
   JOIN person p ON p.id = r.person_id
   JOIN conference f ON f.id = r.conference_id
   LEFT JOIN attendance_first a ON a.registration_id = r.id
   WHERE r.conference_id = ANY ($1::uuid[])
   GROUP BY 1, 2, 3, 4`,
];

/**
 * The unique-participant measure of a rollup row for a report over one campaign (`$campaign` not
 * null) or over every campaign, counting each person once (`month`: once per month).
 */
export const firstsMeasure = (campaignParam: string, x = 'x', perMonth = false) =>
  perMonth
    ? `CASE WHEN ${campaignParam}::uuid IS NULL THEN ${x}.first_month ELSE ${x}.first_campaign_month END`
    : `CASE WHEN ${campaignParam}::uuid IS NULL THEN ${x}.first_all ELSE ${x}.first_campaign END`;
