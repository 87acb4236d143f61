/**
 * The physical limit of the coverage report: the plain aggregate a DBA would write for the same
 * figures (registrations, attendances and distinct attendees of the conferences that were not
 * cancelled, by the commune or district of the conference's day, with the unit's name and
 * population), run directly with pg. The product is asked for the units as held
 * (`units=as-held`): a code names a unit for a period (13669 was Phường Cửa Bắc, then Phường Nam
 * Định), so rows are keyed by code and first day.
 */
const ON_ITS_DAY = (alias: string) => `${alias}.code = f.commune_code AND ${alias}.level = 'commune'
        AND (${alias}.valid_from IS NULL OR ${alias}.valid_from <= (f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
        AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > (f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)`;

export const rawCoverageSql = {
  commune: `
    SELECT u.code AS key, u.valid_from AS "validFrom", u.name AS label, u.population,
           a.registrations::int AS registrations, a.attended::int AS attended, a.unique_participants::int AS "uniqueParticipants"
    FROM admin_unit u
    JOIN (
      SELECT cu.id, count(*) AS registrations,
             count(*) FILTER (WHERE r.status = 'attended') AS attended,
             count(DISTINCT r.person_id) FILTER (WHERE r.status = 'attended') AS unique_participants
      FROM registration r JOIN conference f ON f.id = r.conference_id
      JOIN admin_unit cu ON ${ON_ITS_DAY('cu')}
      WHERE f.status <> 'cancelled'
      GROUP BY cu.id
    ) a ON a.id = u.id
    ORDER BY u.code, u.valid_from NULLS FIRST`,
  district: `
    SELECT d.code AS key, d.valid_from AS "validFrom", d.name AS label, d.population,
           a.registrations::int AS registrations, a.attended::int AS attended, a.unique_participants::int AS "uniqueParticipants"
    FROM admin_unit d
    JOIN (
      SELECT du.id, count(*) AS registrations,
             count(*) FILTER (WHERE r.status = 'attended') AS attended,
             count(DISTINCT r.person_id) FILTER (WHERE r.status = 'attended') AS unique_participants
      FROM registration r JOIN conference f ON f.id = r.conference_id
      JOIN admin_unit cu ON ${ON_ITS_DAY('cu')}
      JOIN admin_unit du ON du.code = cu.parent_code
        AND (du.valid_from IS NULL OR du.valid_from <= (f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
        AND (du.valid_to IS NULL OR du.valid_to > (f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)
      WHERE f.status <> 'cancelled'
      GROUP BY du.id
    ) a ON a.id = d.id
    ORDER BY d.code, d.valid_from NULLS FIRST`,
} as const;

export interface CoverageFigures {
  key: string | null;
  validFrom?: string | null;
  registrations: number;
  attended: number;
  uniqueParticipants: number;
}
