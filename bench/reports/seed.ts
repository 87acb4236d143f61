/**
 * Five years of activity in the product's schema, generated set-based in PostgreSQL (one
 * INSERT … SELECT per table, with deterministic pseudo-random choices from hashes, so every run
 * builds the same data): campaigns, conferences over the 175 communes, people, registrations,
 * organizations, leaflet batches and allocations.
 */
import type { Client } from 'pg';
import { familyNames, givenNames, middleNames } from '../support/names';
import { fmt, log, seconds } from '../support/measure';

export interface SeedOptions {
  years: number[];
  people: number;
  /** Attended registrations, exactly; no-shows and registrations for planned conferences come on top. */
  attendances: number;
}

const TZ = 'Asia/Ho_Chi_Minh';
/** Crockford base32, as the product's check-in codes. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** An 8-character check-in code from a 40-bit number: distinct numbers give distinct codes. */
const checkInCode = (x: string) =>
  Array.from(
    { length: 8 },
    (_, i) => `substr('${ALPHABET}', 1 + ((${x} >> ${35 - 5 * i}) & 31)::int, 1)`,
  ).join(' || ');

/** "Xã Hải Nam" → "xã Hải Nam", to write a unit inside a sentence. */
const inSentence = (name: string) => `lower(left(${name}, 1)) || substr(${name}, 2)`;

export async function seed(db: Client, options: SeedOptions) {
  const [before] = (
    await db.query(`SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM registration)::int AS registrations,
                           (SELECT count(*) FROM registration WHERE status = 'attended')::int AS attended, (SELECT count(*) FROM conference)::int AS conferences`)
  ).rows;
  const started = process.hrtime.bigint();
  const steps: Array<{ name: string; seconds: number }> = [];
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t0 = process.hrtime.bigint();
    const result = await db.query(sql, params);
    steps.push({ name, seconds: seconds(t0) });
    return result;
  };

  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET work_mem = '256MB'`);
  // Foreign keys are satisfied by construction; skipping their per-row triggers needs superuser.
  const skipTriggers = await db
    .query(`SET session_replication_role = replica`)
    .then(() => true)
    .catch(() => false);
  // A uniform float in [0, 1) from a key and a salt: the same every run, independent across salts.
  await db.query(`
    CREATE FUNCTION pg_temp.rnd(key bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT ((hashint8extended(key, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992 $$`);
  const [{ staff }] = (await db.query(`SELECT id AS staff FROM app_user WHERE username = 'staff'`))
    .rows;

  await step(
    'organizations',
    `INSERT INTO organization (name, kind, district_code)
     SELECT CASE WHEN k.kind = 'youth_union'
                 THEN CASE WHEN d.name LIKE 'Huyện %' THEN 'Huyện đoàn ' || substr(d.name, 7) ELSE 'Thành đoàn ' || substr(d.name, 11) END
                 ELSE k.prefix || ' ' || ${inSentence('d.name')} END,
            k.kind, d.code
     FROM admin_unit d,
       (VALUES ('Hội Nông dân', 'farmers_association'), ('Hội Cựu chiến binh', 'veterans_association'),
               ('Hội Liên hiệp Phụ nữ', 'womens_union'), ('', 'youth_union'), ('Ủy ban nhân dân', 'peoples_committee')) AS k(prefix, kind)
     WHERE d.level = 'district' AND d.valid_from IS NULL
     UNION ALL
     SELECT * FROM (VALUES ('Tỉnh đoàn Nam Định', 'youth_union', NULL), ('Hội Người cao tuổi tỉnh Nam Định', 'other', NULL),
                           ('Viettel Nam Định', 'enterprise', NULL), ('Trường Cao đẳng Sư phạm Nam Định', 'school', '356')) AS x
     ON CONFLICT DO NOTHING`,
  );
  await db.query(`
    CREATE TEMP TABLE dorg AS
    SELECT d.code AS district_code, array_agg(o.id ORDER BY o.name) AS ids
    FROM admin_unit d JOIN organization o ON o.district_code = d.code
    WHERE d.level = 'district' AND d.valid_from IS NULL GROUP BY d.code`);

  await step(
    'campaigns',
    `CREATE TEMP TABLE camp AS
     WITH ins AS (
       INSERT INTO campaign (name, year, starts_on, ends_on, target_conferences, target_participants, target_leaflets, created_at, updated_at)
       SELECT 'Tuyên truyền phòng chống lừa đảo trên không gian mạng năm ' || y, y, make_date(y, 1, 1), make_date(y, 12, 31),
              700, 200000, 300000, make_timestamptz(y - 1, 12, 15, 9, 0, 0, '${TZ}'), make_timestamptz(y - 1, 12, 15, 9, 0, 0, '${TZ}')
       FROM unnest($1::int[]) AS y
       RETURNING id, year)
     SELECT * FROM ins`,
    [options.years],
  );

  // Nam Định's map before 1 July 2025 (the rows valid since before the records begin): five years
  // of activity on it. Four conferences a year in every commune, one a quarter on a hashed day, morning or afternoon;
  // 3% cancelled, 2% never held (planned or confirmed), the rest held.
  await db.query(`
    CREATE TEMP TABLE commune AS
    SELECT u.code, u.name, u.type, u.parent_code AS district_code, coalesce(u.population, 5000) AS population,
           row_number() OVER (ORDER BY u.code)::int AS n
    FROM admin_unit u WHERE u.level = 'commune' AND u.valid_from IS NULL`);
  await step(
    'conferences',
    `INSERT INTO conference (campaign_id, title, topic, starts_at, ends_at, commune_code, venue, capacity, status, cancel_reason, created_at, updated_at)
     SELECT k.id,
            'Hội nghị tuyên truyền phòng chống lừa đảo trên không gian mạng tại ' || ${inSentence('c.name')} || ', đợt ' || (q + 1) || ' năm ' || k.year,
            'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
            s, s + interval '3 hours', c.code, 'Hội trường UBND ' || ${inSentence('c.name')}, 5000,
            CASE WHEN r < 0.03 THEN 'cancelled' WHEN r < 0.04 THEN 'planned' WHEN r < 0.05 THEN 'confirmed' ELSE 'held' END,
            CASE WHEN r < 0.03 THEN 'Trùng lịch họp của địa phương' END,
            s - interval '30 days', s - interval '30 days'
     FROM camp k, commune c, generate_series(0, 3) AS q,
       LATERAL (SELECT (k.year * 100000 + c.n * 10 + q)::bigint AS key) AS h,
       LATERAL (SELECT ((make_date(k.year, 3 * q + 1, 1) + floor(pg_temp.rnd(h.key, 1) * 85)::int)
                          + CASE WHEN pg_temp.rnd(h.key, 2) < 0.6 THEN time '08:00' ELSE time '14:00' END) AT TIME ZONE '${TZ}' AS s,
                       pg_temp.rnd(h.key, 3) AS r) AS t`,
  );
  await db.query(`
    INSERT INTO conference_organizer (conference_id, organization_id)
    SELECT f.id, d.ids[1 + floor(pg_temp.rnd(extract(epoch FROM f.starts_at)::bigint, 4) * array_length(d.ids, 1))::int]
    FROM conference f JOIN camp k ON k.id = f.campaign_id JOIN commune c ON c.code = f.commune_code
    JOIN dorg d ON d.district_code = c.district_code`);

  // People, spread over the communes by population, with group, gender and birth year mixes that
  // depend on each other (veterans mostly men, students young, fewer farmers in city wards).
  await db.query(
    `
    CREATE TEMP TABLE commune_quota AS
    SELECT c.*, (round(cum * $1::int / total) - round((cum - population) * $1::int / total))::int AS quota
    FROM (SELECT c.*, sum(population) OVER (ORDER BY code) AS cum, sum(population) OVER () AS total FROM commune c) c`,
    [options.people],
  );
  await db.query(
    `CREATE TEMP TABLE my_people (id uuid PRIMARY KEY, commune_code varchar(10), organization_id uuid)`,
  );
  const families = familyNames.flatMap(([name, weight]) => Array<string>(weight).fill(name));
  const peopleSql = `
    WITH gen AS (
      SELECT c.code, c.district_code, c.type, (c.n::bigint * 100000 + $4::int * 20000 + g) AS key
      FROM commune_quota c
      LEFT JOIN (SELECT commune_code, count(*)::int AS n FROM my_people GROUP BY 1) m ON m.commune_code = c.code
      CROSS JOIN LATERAL generate_series(1, c.quota - coalesce(m.n, 0)) AS g
    ), drawn AS (
      SELECT gen.*, pg_temp.rnd(key, 11) AS rg, pg_temp.rnd(key, 12) AS rs, pg_temp.rnd(key, 13) AS rb FROM gen
    ), grouped AS (
      SELECT drawn.*,
        CASE WHEN type = 'phường' THEN
          CASE WHEN rg < 0.04 THEN 'farmer' WHEN rg < 0.22 THEN 'elderly' WHEN rg < 0.29 THEN 'veteran'
               WHEN rg < 0.43 THEN 'student' WHEN rg < 0.75 THEN 'worker' WHEN rg < 0.90 THEN 'civil_servant' ELSE 'other' END
        ELSE
          CASE WHEN rg < 0.34 THEN 'farmer' WHEN rg < 0.52 THEN 'elderly' WHEN rg < 0.60 THEN 'veteran'
               WHEN rg < 0.72 THEN 'student' WHEN rg < 0.85 THEN 'worker' WHEN rg < 0.93 THEN 'civil_servant' ELSE 'other' END
        END AS grp
      FROM drawn
    ), sexed AS (
      SELECT grouped.*,
        CASE WHEN grp = 'veteran' THEN CASE WHEN rs < 0.88 THEN 'male' ELSE 'female' END
             WHEN rs < 0.53 THEN 'female' WHEN rs < 0.995 THEN 'male' ELSE 'other' END AS gender,
        CASE grp WHEN 'farmer' THEN 1950 + floor(rb * 46) WHEN 'elderly' THEN 1935 + floor(rb * 30)
                 WHEN 'veteran' THEN 1940 + floor(rb * 29) WHEN 'student' THEN 2004 + floor(rb * 9)
                 WHEN 'worker' THEN 1970 + floor(rb * 36) WHEN 'civil_servant' THEN 1965 + floor(rb * 36)
                 ELSE 1940 + floor(rb * 69) END::int AS birth_year
      FROM grouped
    ), ins AS (
      INSERT INTO person (full_name, gender, birth_year, phone, commune_code, organization_id, group_code,
                          consent_at, consent_source, last_seen_at, created_at, updated_at)
      SELECT ($1::text[])[1 + floor(pg_temp.rnd(key, 14) * array_length($1::text[], 1))::int] || ' '
               || CASE WHEN gender = 'female' THEN ($2::text[])[1 + floor(pg_temp.rnd(key, 15) * array_length($2::text[], 1))::int]
                       ELSE ($3::text[])[1 + floor(pg_temp.rnd(key, 15) * array_length($3::text[], 1))::int] END
               || CASE WHEN pg_temp.rnd(key, 16) >= 0.33 THEN ''
                       WHEN gender = 'female' THEN ' ' || ($2::text[])[1 + floor(pg_temp.rnd(key, 17) * array_length($2::text[], 1))::int]
                       ELSE ' ' || ($3::text[])[1 + floor(pg_temp.rnd(key, 17) * array_length($3::text[], 1))::int] END
               || ' ' || CASE WHEN gender = 'female' THEN ($5::text[])[1 + floor(pg_temp.rnd(key, 18) * array_length($5::text[], 1))::int]
                              ELSE ($6::text[])[1 + floor(pg_temp.rnd(key, 18) * array_length($6::text[], 1))::int] END,
             gender, birth_year,
             CASE WHEN pg_temp.rnd(key, 19) < 0.7
                  THEN (ARRAY['09', '03', '08', '07', '05'])[1 + floor(pg_temp.rnd(key, 20) * 5)::int] || lpad(((key * 7919) % 100000000)::text, 8, '0') END,
             code,
             CASE WHEN pg_temp.rnd(key, 21) < 0.1 THEN d.ids[1 + floor(pg_temp.rnd(key, 22) * array_length(d.ids, 1))::int] END,
             grp,
             t, CASE WHEN pg_temp.rnd(key, 23) < 0.8 THEN 'paper_form' ELSE 'import' END, t, t, t
      FROM sexed JOIN dorg d ON d.district_code = sexed.district_code,
        LATERAL (SELECT timestamptz '2019-12-01 08:00+07' + pg_temp.rnd(key, 24) * interval '30 days' AS t) AS x
      ON CONFLICT DO NOTHING
      RETURNING id, commune_code, organization_id
    )
    INSERT INTO my_people SELECT * FROM ins`;
  const t0 = process.hrtime.bigint();
  // Names that collide with another person's under the duplicate rule are skipped by ON CONFLICT
  // and drawn again with another salt.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await db.query(peopleSql, [
      families,
      middleNames.female,
      middleNames.male,
      attempt,
      givenNames.female,
      givenNames.male,
    ]);
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM my_people`)).rows;
    if (n >= options.people) break;
  }
  steps.push({ name: 'people', seconds: seconds(t0) });
  await db.query(`
    CREATE TEMP TABLE pidx AS
    SELECT id, commune_code, organization_id, (row_number() OVER (PARTITION BY commune_code ORDER BY id) - 1)::int AS idx
    FROM my_people;
    CREATE INDEX ON pidx (commune_code, idx);
    ANALYZE pidx`);

  // Each held conference gets attendees from its commune's people (consecutive, wrapping, from a
  // hashed offset, so each person attends several conferences over the years), in proportion to
  // the commune's people, with exactly options.attendances attendances in all; some no-shows; the
  // conferences not held yet have registrations only.
  await db.query(
    `CREATE TEMP TABLE conf_plan AS
     WITH c AS (
       SELECT f.id, f.commune_code, cu.district_code, f.status, f.starts_at, q.n_c,
              row_number() OVER (ORDER BY f.starts_at, f.id) AS k
       FROM conference f JOIN camp ON camp.id = f.campaign_id JOIN commune cu ON cu.code = f.commune_code
       JOIN (SELECT commune_code, count(*)::int AS n_c FROM pidx GROUP BY 1) q ON q.commune_code = f.commune_code
       WHERE f.status <> 'cancelled'
     ), w AS (
       SELECT c.*, CASE WHEN status = 'held' THEN n_c * (0.75 + 0.5 * pg_temp.rnd(k, 31)) ELSE 0 END AS weight FROM c
     ), cum AS (
       SELECT w.*, sum(weight) OVER (ORDER BY k) AS cum_hi, sum(weight) OVER () AS total FROM w
     ), planned AS (
       SELECT cum.*, (round(cum_hi * $1::int / total) - round((cum_hi - weight) * $1::int / total))::int AS attended FROM cum
     )
     SELECT id, commune_code, district_code, status, starts_at, n_c, k, attended,
            least(n_c - attended, CASE WHEN status = 'held' THEN floor(attended * (0.04 + 0.1 * pg_temp.rnd(k, 32)))
                                       ELSE floor(n_c * 0.15 * pg_temp.rnd(k, 32)) END)::int AS no_show,
            floor(pg_temp.rnd(k, 33) * n_c)::int AS off,
            floor(pg_temp.rnd(k, 34) * 1099511627776)::bigint AS code_salt
     FROM planned`,
    [options.attendances],
  );
  await step(
    'registrations',
    `INSERT INTO registration (conference_id, person_id, organization_id, status, check_in_code, checked_in_at, check_in_method, created_at, created_by)
     SELECT cp.id, p.id,
            CASE WHEN p.organization_id IS NOT NULL THEN p.organization_id
                 WHEN pg_temp.rnd(cp.k * 100000 + j, 41) < 0.2 THEN d.ids[1 + floor(pg_temp.rnd(cp.k * 100000 + j, 42) * array_length(d.ids, 1))::int] END,
            CASE WHEN j < cp.attended THEN 'attended' ELSE 'registered' END,
            ${checkInCode('((cp.code_salt + j * 40503) % 1099511627776)')},
            CASE WHEN j < cp.attended THEN cp.starts_at + (pg_temp.rnd(cp.k * 100000 + j, 43) * 45 - 15) * interval '1 minute' END,
            CASE WHEN j < cp.attended THEN (ARRAY['code', 'code', 'registration', 'person', 'walk_in'])[1 + floor(pg_temp.rnd(cp.k * 100000 + j, 44) * 5)::int] END,
            cp.starts_at - (1 + pg_temp.rnd(cp.k * 100000 + j, 45) * 20) * interval '1 day',
            $1::uuid
     FROM conf_plan cp
     CROSS JOIN LATERAL generate_series(0, cp.attended + cp.no_show - 1) AS j
     JOIN pidx p ON p.commune_code = cp.commune_code AND p.idx = (cp.off + j) % cp.n_c
     JOIN dorg d ON d.district_code = cp.district_code`,
    [staff],
  );
  await step(
    'seat counts',
    `UPDATE conference f SET registered_count = n.n, capacity = greatest(50, ceil(n.n * 1.15 / 50) * 50)::int
     FROM (SELECT conference_id, count(*)::int AS n FROM registration GROUP BY 1) n, camp
     WHERE n.conference_id = f.id AND f.campaign_id = camp.id`,
  );
  await db.query(
    `UPDATE conference f SET capacity = 200 FROM camp WHERE f.campaign_id = camp.id AND f.registered_count = 0`,
  );

  // Leaflets: three batches a year; every held conference, every commune and every organization
  // gets an allocation a year, mostly delivered, a few planned or cancelled.
  await step(
    'leaflets',
    `WITH batches AS (
       INSERT INTO leaflet_batch (title, quantity, received_on, campaign_id, note, created_at, created_by)
       SELECT 'Tờ rơi “Cảnh giác lừa đảo qua mạng” đợt ' || b || ' năm ' || k.year, 10000000, make_date(k.year, 3 * b - 2, 10), k.id,
              'In tại Công ty In Nam Định', make_timestamptz(k.year, 3 * b - 2, 10, 9, 0, 0, '${TZ}'), $1::uuid
       FROM camp k, generate_series(1, 3) AS b
       RETURNING id, campaign_id, received_on
     ), b AS (
       SELECT batches.*, k.year, extract(month FROM received_on)::int AS month FROM batches JOIN camp k ON k.id = batches.campaign_id
     ), wanted AS (
       SELECT 'conference' AS kind, f.id AS conference_id, NULL::uuid AS organization_id, NULL::varchar AS commune_code,
              k.year, (f.starts_at AT TIME ZONE '${TZ}')::date AS day, greatest(10, ceil(cp.attended * 1.1 / 10) * 10)::int AS quantity,
              least(3, 1 + (extract(month FROM f.starts_at AT TIME ZONE '${TZ}')::int - 1) / 3) AS batch_no, 'delivered' AS status,
              'Ban tổ chức hội nghị' AS received_by
       FROM conf_plan cp JOIN conference f ON f.id = cp.id JOIN camp k ON k.id = f.campaign_id WHERE cp.status = 'held'
       UNION ALL
       SELECT 'commune', NULL, NULL, c.code, k.year, make_date(k.year, 5, 1) + floor(pg_temp.rnd(k.year * 1000 + c.n, 51) * 150)::int,
              200 + floor(pg_temp.rnd(k.year * 1000 + c.n, 52) * 600)::int, 2,
              CASE WHEN pg_temp.rnd(k.year * 1000 + c.n, 53) < 0.9 THEN 'delivered' WHEN pg_temp.rnd(k.year * 1000 + c.n, 53) < 0.95 THEN 'planned' ELSE 'cancelled' END,
              'Văn phòng UBND ' || ${inSentence('c.name')}
       FROM camp k, commune c
       UNION ALL
       SELECT 'organization', NULL, o.id, NULL, k.year, make_date(k.year, 7, 15) + floor(pg_temp.rnd(k.year * 1000 + o.n, 54) * 120)::int,
              300 + floor(pg_temp.rnd(k.year * 1000 + o.n, 55) * 700)::int, 3,
              CASE WHEN pg_temp.rnd(k.year * 1000 + o.n, 56) < 0.9 THEN 'delivered' ELSE 'planned' END,
              'Văn thư ' || o.name
       FROM camp k, (SELECT id, name, row_number() OVER (ORDER BY name)::int AS n FROM organization) o
     )
     INSERT INTO leaflet_allocation (batch_id, document_number, quantity, recipient_kind, organization_id, commune_code, conference_id,
                                     status, delivered_on, received_by, delivered_by, cancelled_at, cancel_reason, created_at, created_by)
     SELECT b.id, (row_number() OVER (PARTITION BY w.year ORDER BY w.day, w.kind, w.conference_id, w.commune_code, w.organization_id)) || '/BBBG-' || w.year,
            w.quantity, w.kind, w.organization_id, w.commune_code, w.conference_id, w.status,
            CASE WHEN w.status = 'delivered' THEN w.day END, CASE WHEN w.status = 'delivered' THEN w.received_by END,
            CASE WHEN w.status = 'delivered' THEN $1::uuid END,
            CASE WHEN w.status = 'cancelled' THEN (w.day - 3)::timestamp AT TIME ZONE '${TZ}' END,
            CASE WHEN w.status = 'cancelled' THEN 'Địa phương chưa tổ chức được buổi phát' END,
            (w.day - 7)::timestamp AT TIME ZONE '${TZ}', $1::uuid
     FROM wanted w JOIN b ON b.year = w.year AND b.month = 3 * w.batch_no - 2`,
    [staff],
  );
  await db.query(`
    UPDATE leaflet_batch b SET allocated = a.n, quantity = greatest(1000, ceil(a.n * 1.1 / 1000) * 1000)::int
    FROM (SELECT batch_id, coalesce(sum(quantity) FILTER (WHERE status <> 'cancelled'), 0)::int AS n FROM leaflet_allocation GROUP BY 1) a, camp
    WHERE a.batch_id = b.id AND b.campaign_id = camp.id`);
  await db.query(`
    INSERT INTO document_counter (series, year, last_number)
    SELECT 'BBBG', year, count(*) FROM leaflet_allocation a JOIN leaflet_batch b ON b.id = a.batch_id JOIN camp k ON k.id = b.campaign_id
    GROUP BY year
    ON CONFLICT (series, year) DO UPDATE SET last_number = greatest(document_counter.last_number, excluded.last_number)`);

  await db.query('RESET ALL');
  const seedSeconds = seconds(started);

  const t1 = process.hrtime.bigint();
  await db.query('VACUUM (ANALYZE)');
  const vacuumSeconds = seconds(t1);

  const [counts] = (
    await db.query(`
      SELECT (SELECT count(*) FROM campaign)::int AS campaigns,
             (SELECT count(*) FROM conference)::int AS conferences,
             (SELECT count(*) FILTER (WHERE status = 'held') FROM conference)::int AS held,
             (SELECT count(*) FILTER (WHERE status = 'cancelled') FROM conference)::int AS cancelled,
             (SELECT count(*) FILTER (WHERE status IN ('planned', 'confirmed')) FROM conference)::int AS not_yet,
             (SELECT count(DISTINCT commune_code) FROM conference)::int AS communes,
             (SELECT count(*) FROM person)::int AS people,
             (SELECT count(*) FROM registration)::int AS registrations,
             (SELECT count(*) FILTER (WHERE status = 'attended') FROM registration)::int AS attended,
             (SELECT count(*) FROM organization)::int AS organizations,
             (SELECT count(*) FROM leaflet_batch)::int AS batches,
             (SELECT count(*) FROM leaflet_allocation)::int AS allocations,
             (SELECT count(*) FILTER (WHERE status = 'delivered') FROM leaflet_allocation)::int AS delivered,
             pg_size_pretty(pg_database_size(current_database())) AS size`)
  ).rows;
  return { steps, seedSeconds, vacuumSeconds, skipTriggers, counts, demo: before };
}

export function printSeed(result: Awaited<ReturnType<typeof seed>>) {
  const c = result.counts;
  log(
    `seeded in ${result.seedSeconds.toFixed(1)} s (${result.steps.map((s) => `${s.name} ${s.seconds.toFixed(1)} s`).join(', ')}` +
      `${result.skipTriggers ? '; foreign-key triggers skipped with session_replication_role = replica' : ''}), then VACUUM (ANALYZE) ${result.vacuumSeconds.toFixed(1)} s:`,
  );
  log(
    `  ${c.campaigns} campaigns; ${fmt(c.conferences)} conferences in ${c.communes} communes (${fmt(c.held)} held, ${c.not_yet} planned or confirmed, ${c.cancelled} cancelled); ` +
      `${fmt(c.people)} people; ${fmt(c.registrations)} registrations, ${fmt(c.attended)} attended`,
  );
  const d = result.demo;
  log(
    `  (of these, the product's demo seed made ${d.conferences} conferences of this year, ${d.people} people, ${d.registrations} registrations, ` +
      `${d.attended} attended; the bench made the rest)`,
  );
  log(
    `  ${c.organizations} organizations; ${c.batches} leaflet batches, ${fmt(c.allocations)} allocations (${fmt(c.delivered)} delivered); database ${c.size}`,
  );
}
