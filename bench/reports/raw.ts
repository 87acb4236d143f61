/**
 * The physical limit of the coverage report: the plain aggregate a DBA would write for the same
 * figures (registrations, attendances and distinct attendees of the conferences that were not
 * cancelled, by the conference's commune or district, with the unit's name and population),
 * run directly with pg.
 */
export const rawCoverageSql = {
  commune: `
    SELECT u.code AS key, u.name AS label, u.population,
           coalesce(a.registrations, 0)::int AS registrations, coalesce(a.attended, 0)::int AS attended,
           coalesce(a.unique_participants, 0)::int AS "uniqueParticipants"
    FROM admin_unit u
    LEFT JOIN (
      SELECT f.commune_code AS code, count(*) AS registrations,
             count(*) FILTER (WHERE r.status = 'attended') AS attended,
             count(DISTINCT r.person_id) FILTER (WHERE r.status = 'attended') AS unique_participants
      FROM registration r JOIN conference f ON f.id = r.conference_id
      WHERE f.status <> 'cancelled'
      GROUP BY f.commune_code
    ) a ON a.code = u.code
    WHERE u.level = 'commune' AND u.valid_to IS NULL
    ORDER BY u.code`,
  district: `
    SELECT d.code AS key, d.name AS label, d.population,
           coalesce(a.registrations, 0)::int AS registrations, coalesce(a.attended, 0)::int AS attended,
           coalesce(a.unique_participants, 0)::int AS "uniqueParticipants"
    FROM admin_unit d
    LEFT JOIN (
      SELECT cu.parent_code AS code, count(*) AS registrations,
             count(*) FILTER (WHERE r.status = 'attended') AS attended,
             count(DISTINCT r.person_id) FILTER (WHERE r.status = 'attended') AS unique_participants
      FROM registration r JOIN conference f ON f.id = r.conference_id
      JOIN admin_unit cu ON cu.code = f.commune_code AND cu.valid_to IS NULL
      WHERE f.status <> 'cancelled'
      GROUP BY cu.parent_code
    ) a ON a.code = d.code
    WHERE d.level = 'district' AND d.valid_to IS NULL
    ORDER BY d.code`,
} as const;

export interface CoverageFigures {
  key: string | null;
  registrations: number;
  attended: number;
  uniqueParticipants: number;
}
