import {
  type CoverageGrouping,
  coverageGroupings,
  coverageReportSchema,
  type CoverageUnits,
  dashboardSchema,
} from '@canhgiac/contracts';
import { DataSource } from 'typeorm';
import { coverageSql } from '../../src/modules/reports/coverage.sql';
import { ReportsRepository } from '../../src/modules/reports/reports.repository';
import { RollupsService } from '../../src/modules/reports/rollups/rollups.service';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  personBody,
} from '../support/factories';
import { createTestApp, dayFromTestNow, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const SETUP_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 120_000;

/** One campaign with one conference held the day before the test clock's today, and one registration to it. */
async function oneRegistration(t: TestApp) {
  const staff = as(t, (await loginDemoUsers(t)).staff);
  const campaign = await createCampaign(staff);
  const conference = await createConference(
    staff,
    conferenceBody(campaign.id, dayFromTestNow(-1), 8, 11),
  );
  const registration = await staff
    .post(`/api/conferences/${conference.id}/registrations`)
    .send({ person: personBody() })
    .expect(201);
  return {
    db: t.app.get(DataSource),
    staff,
    campaign,
    conference,
    registration: registration.body as { id: string },
  };
}

interface Figures {
  key: string | null;
  validFrom: string | null;
  registrations: number;
  attended: number;
  uniqueParticipants: number;
}

/**
 * Every grouping the coverage report offers; both maps for communes, where the map decides the
 * row (no district on today's map), today's map for the rest.
 */
const reports = coverageGroupings.flatMap((g): Array<[CoverageGrouping, CoverageUnits]> =>
  g === 'commune'
    ? [
        [g, 'current'],
        [g, 'as-held'],
      ]
    : [[g, g === 'district' ? 'as-held' : 'current']],
);

/**
 * The rollups answer the coverage report and the dashboard over one campaign or all of them. After
 * every kind of write that moves a figure (a check-in, a change of a person's group, gender or
 * age, a registration removed, a conference moved or cancelled, two people merged, a bulk insert,
 * concurrent check-ins), each figure equals the raw aggregate over the registrations themselves.
 */
describe.each(testDatabaseKinds())('report rollups (%s)', (kind) => {
  let t: TestApp;
  let db: DataSource;
  let staff: ReturnType<typeof as>;
  let campaigns: string[];
  const conferences: Record<string, string> = {};
  const people: Record<string, string> = {};
  const registrations: Record<string, string> = {};

  const register = async (conference: string, person: string, body?: Record<string, unknown>) => {
    const res = await staff
      .post(`/api/conferences/${conferences[conference]}/registrations`)
      .send(people[person] ? { personId: people[person] } : { person: personBody(body) })
      .expect(201);
    people[person] = res.body.person.id;
    registrations[`${conference}:${person}`] = res.body.id;
    return res.body.id as string;
  };
  const checkIn = (conference: string, person: string) =>
    staff
      .post(`/api/conferences/${conferences[conference]}/attendance`)
      .send({ registrationId: registrations[`${conference}:${person}`] })
      .expect(200);

  /** The raw aggregate, run on the database as the reference. */
  const raw = async (groupBy: CoverageGrouping, units: CoverageUnits, campaignId: string | null) =>
    db.query<Array<Figures & { isTotal: boolean }>>(coverageSql(groupBy, units, 'raw'), [
      campaignId,
      null,
      null,
      null,
      null,
      t.clock.today(),
      t.config.provinceCode,
    ]);

  const figures = (rows: Figures[]) =>
    rows
      .map((r) => ({
        key: `${r.key}@${r.validFrom ?? ''}`,
        registrations: r.registrations,
        attended: r.attended,
        uniqueParticipants: r.uniqueParticipants,
      }))
      .filter((r) => r.registrations > 0)
      .sort((a, b) => a.key.localeCompare(b.key));

  /** Each report of the product equals the raw aggregate, row by row and in its totals. */
  const expectExact = async () => {
    for (const campaignId of [...campaigns, null]) {
      for (const [groupBy, units] of reports) {
        const query = `groupBy=${groupBy}&units=${units}${campaignId ? `&campaignId=${campaignId}` : ''}`;
        const product = coverageReportSchema.parse(
          (await staff.get(`/api/reports/coverage?${query}`).expect(200)).body,
        );
        const reference = await raw(groupBy, units, campaignId);
        const totals = reference.find((r) => r.isTotal)!;
        expect({ query, rows: figures(product.rows) }).toEqual({
          query,
          rows: figures(reference.filter((r) => !r.isTotal)),
        });
        expect({ query, totals: product.totals }).toMatchObject({
          query,
          totals: {
            registrations: totals.registrations,
            attended: totals.attended,
            uniqueParticipants: totals.uniqueParticipants,
          },
        });
      }
      if (campaignId) await expectDashboardExact(campaignId);
    }
  };

  /** The dashboard's figures of a campaign, against counts over its registrations. */
  const expectDashboardExact = async (campaignId: string) => {
    const dashboard = dashboardSchema.parse(
      (await staff.get(`/api/reports/dashboard?campaignId=${campaignId}`).expect(200)).body,
    );
    const attended = `FROM registration r JOIN conference f ON f.id = r.conference_id JOIN person p ON p.id = r.person_id
      WHERE f.campaign_id = $1 AND f.status <> 'cancelled' AND r.status = 'attended'`;
    const [actuals] = await db.query<Array<{ participants: number; unique: number }>>(
      `SELECT count(*)::int AS participants, count(DISTINCT r.person_id)::int AS unique ${attended}`,
      [campaignId],
    );
    expect(dashboard.actuals).toMatchObject({
      participants: actuals.participants,
      uniqueParticipants: actuals.unique,
    });
    const byMonth = await db.query<Array<{ month: string; participants: number; unique: number }>>(
      `SELECT to_char(f.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month,
         count(*)::int AS participants, count(DISTINCT r.person_id)::int AS unique
       ${attended} GROUP BY 1 ORDER BY 1`,
      [campaignId],
    );
    expect(
      dashboard.byMonth
        .filter((m) => m.participants > 0)
        .map((m) => ({
          month: m.month,
          participants: m.participants,
          unique: m.uniqueParticipants,
        })),
    ).toEqual(byMonth);
    for (const [column, list, field] of [
      ['group_code', dashboard.byGroup, 'group'],
      ['gender', dashboard.byGender, 'gender'],
    ] as const) {
      const rows = await db.query<Array<{ key: string; n: number }>>(
        `SELECT p.${column} AS key, count(DISTINCT r.person_id)::int AS n ${attended} GROUP BY 1 ORDER BY 1`,
        [campaignId],
      );
      expect(
        list
          .map((r) => ({ key: (r as Record<string, unknown>)[field], n: r.uniqueParticipants }))
          .sort((a, b) => String(a.key).localeCompare(String(b.key))),
      ).toEqual(rows);
    }
  };

  beforeAll(async () => {
    // No timer: each report catches the rollups up itself, which these tests check.
    t = await createTestApp(kind, { ROLLUP_REFRESH_SECONDS: '0' });
    db = t.app.get(DataSource);
    const tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaigns = [
      (await createCampaign(staff)).id,
      (
        await createCampaign(staff, {
          year: 2025,
          startsOn: '2025-07-01',
          endsOn: '2025-12-31',
        })
      ).id,
    ];
    const at = [
      ['A', 0, '2026-01-10', communes.haiHau],
      ['B', 0, '2026-02-10', communes.haiHung],
      ['C', 0, '2026-02-20', communes.haiAnh],
      ['D', 0, '2026-03-05', communes.haiHau],
      ['E', 1, '2025-11-10', communes.haiAnh],
    ] as const;
    for (const [name, campaign, day, communeCode] of at)
      conferences[name] = (
        await createConference(
          staff,
          conferenceBody(campaigns[campaign], day, 8, 11, {
            communeCode,
            venue: `Nhà văn hóa số ${name}`,
          }),
        )
      ).id;
    // Eight people over five conferences, some at several, some registered only.
    const plan: Array<[string, string, Record<string, unknown>]> = [
      ['A', 'p1', { group: 'farmer', gender: 'male', birthYear: 1950 }],
      ['B', 'p1', {}],
      ['E', 'p1', {}],
      ['A', 'p2', { group: 'elderly', gender: 'female', birthYear: 1940 }],
      ['B', 'p3', { group: 'veteran', gender: 'male', birthYear: 1960 }],
      ['C', 'p3', {}],
      ['C', 'p4', { group: 'student', gender: 'female', birthYear: 2009 }],
      ['D', 'p4', {}],
      ['E', 'p5', { group: 'worker', gender: 'other', birthYear: 1990 }],
      ['C', 'p6', { group: 'farmer', gender: 'female' }],
      ['D', 'p7', { group: 'civil_servant', gender: 'male', birthYear: 1985 }],
      ['D', 'p8', { group: 'other', gender: 'male', birthYear: 1970 }],
    ];
    for (const [conference, person, body] of plan) await register(conference, person, body);
    for (const key of ['A:p1', 'B:p1', 'E:p1', 'A:p2', 'B:p3', 'C:p3', 'C:p4', 'E:p5', 'D:p7']) {
      const [conference, person] = key.split(':');
      await checkIn(conference, person);
    }
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it(
    'equals the raw aggregate after registrations and check-ins',
    async () => {
      await expectExact();
      // Read from the rollups: the work list is empty after a report.
      const [{ n }] = await db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM rollup_dirty`,
      );
      expect(n).toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows a check-in on the next read of the dashboard',
    async () => {
      const before = dashboardSchema.parse(
        (await staff.get(`/api/reports/dashboard?campaignId=${campaigns[0]}`).expect(200)).body,
      );
      await checkIn('D', 'p8');
      const after = dashboardSchema.parse(
        (await staff.get(`/api/reports/dashboard?campaignId=${campaigns[0]}`).expect(200)).body,
      );
      expect(after.actuals.participants).toBe(before.actuals.participants + 1);
      expect(after.actuals.uniqueParticipants).toBe(before.actuals.uniqueParticipants + 1);
      await expectExact();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'computes the dashboard once while nothing changes, however long it is watched',
    async () => {
      const computed = jest.spyOn(t.app.get(ReportsRepository), 'dashboard');
      try {
        const read = async () =>
          (await staff.get(`/api/reports/dashboard?campaignId=${campaigns[1]}`).expect(200)).body;
        const first = await read();
        const afterFirst = computed.mock.calls.length;
        // Past the age at which a dashboard computed during a write is computed again.
        await new Promise((resolve) => setTimeout(resolve, 3_500));
        expect(await read()).toEqual(first);
        expect(await read()).toEqual(first);
        expect(computed.mock.calls.length).toBe(afterFirst);
      } finally {
        computed.mockRestore();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "follows a person's new group, gender and age",
    async () => {
      await staff
        .patch(`/api/people/${people.p3}`)
        .send({ group: 'elderly', gender: 'female', birthYear: 1945 })
        .expect(200);
      await expectExact();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'moves a first attendance when an earlier one goes or a conference moves',
    async () => {
      // p1's first attendance of 2026 goes: B becomes it.
      await db.query(`DELETE FROM registration WHERE id = $1`, [registrations['A:p1']]);
      await expectExact();
      // C moves before E: p3's and p4's firsts, and the months, move with it.
      await db.query(
        `UPDATE conference SET starts_at = '2025-10-01 08:00+07', ends_at = '2025-10-01 11:00+07' WHERE id = $1`,
        [conferences.C],
      );
      await expectExact();
      // B is cancelled: its attendances count nowhere.
      await db.query(
        `UPDATE conference SET status = 'cancelled', cancel_reason = 'Mưa bão' WHERE id = $1`,
        [conferences.B],
      );
      await expectExact();
      // C moves to the other campaign.
      await db.query(`UPDATE conference SET campaign_id = $2 WHERE id = $1`, [
        conferences.C,
        campaigns[1],
      ]);
      await expectExact();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'counts two people merged into one once',
    async () => {
      // p6 (registered only at C) is p2: p2's registration takes p6's place.
      await db.query(`DELETE FROM registration WHERE person_id = $1`, [people.p6]);
      await db.query(`UPDATE registration SET person_id = $1 WHERE person_id = $2`, [
        people.p2,
        people.p5,
      ]);
      await expectExact();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'counts a bulk insert of registrations and attendances',
    async () => {
      await db.query(
        `INSERT INTO person (full_name, gender, birth_year, commune_code, group_code, consent_at, consent_source)
         SELECT 'Người nhập số ' || g, CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END, 1940 + g % 60,
                $1, (ARRAY['farmer','veteran','elderly'])[1 + g % 3], now(), 'import'
         FROM generate_series(1, 300) AS g`,
        [communes.haiHau],
      );
      await db.query(
        `INSERT INTO registration (conference_id, person_id, status, checked_in_at, check_in_method)
         SELECT f.id, p.id, CASE WHEN n % 3 = 0 THEN 'registered' ELSE 'attended' END,
                CASE WHEN n % 3 = 0 THEN NULL ELSE f.starts_at END, CASE WHEN n % 3 = 0 THEN NULL ELSE 'code' END
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM person WHERE full_name LIKE 'Người nhập số %') p
         JOIN conference f ON f.id = ANY ($1::uuid[]) AND (p.n + array_position($1::uuid[], f.id)) % 2 = 0`,
        [[conferences.A, conferences.D, conferences.E]],
      );
      await expectExact();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'stays exact under concurrent check-ins and refreshes',
    async () => {
      const names = Array.from({ length: 30 }, (_, i) => `q${i}`);
      for (const name of names)
        await register('A', name, { group: i(name) % 2 ? 'farmer' : 'veteran' });
      const rollups = t.app.get(RollupsService);
      await Promise.all([
        ...names.map((name) => checkIn('A', name)),
        ...Array.from({ length: 6 }, () => rollups.refresh()),
        ...Array.from({ length: 3 }, () =>
          staff.get(`/api/reports/dashboard?campaignId=${campaigns[0]}`).expect(200),
        ),
      ]);
      await expectExact();
    },
    STEP_TIMEOUT_MS,
  );
});

const i = (name: string) => Number(name.slice(1));

/** Each server counts writes on its own timer too, with no report read at all. */
describe.each(testDatabaseKinds())('report rollups on a timer (%s)', (kind) => {
  let t: TestApp;
  afterAll(() => t?.close());

  it(
    'counts a check-in within seconds without a report asking',
    async () => {
      t = await createTestApp(kind, { ROLLUP_REFRESH_SECONDS: '0.5' });
      const { db, staff, conference, registration } = await oneRegistration(t);
      await staff
        .post(`/api/conferences/${conference.id}/attendance`)
        .send({ registrationId: registration.id })
        .expect(200);
      const counted = async () =>
        (
          await db.query<Array<{ attended: number }>>(
            `SELECT coalesce(sum(attended), 0)::int AS attended FROM attendance_rollup_org WHERE conference_id = $1`,
            [conference.id],
          )
        )[0].attended;
      // Polled, not timed: the timer runs every half second; ten seconds is ample on a busy machine.
      for (let waited = 0; waited < 10_000 && (await counted()) === 0; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await counted()).toBe(1);
    },
    SETUP_TIMEOUT_MS,
  );
});

/**
 * The dashboard's change counter is a sequence, which a writer moves before it commits. A
 * dashboard computed in between carries the new number with the old figures; it must still show
 * the write within seconds, and no request may wait for its correction. Only PostgreSQL runs
 * two transactions at once: the embedded database serializes them, so the race cannot occur.
 */
if (testDatabaseKinds().includes('postgres')) {
  describe('the dashboard against a write not yet committed (postgres)', () => {
    let t: TestApp;
    afterAll(() => t?.close());

    it(
      'shows the write within seconds of its commit',
      async () => {
        t = await createTestApp('postgres');
        const { db, staff, campaign, registration } = await oneRegistration(t);
        const participants = async () =>
          dashboardSchema.parse(
            (await staff.get(`/api/reports/dashboard?campaignId=${campaign.id}`).expect(200)).body,
          ).actuals.participants;
        expect(await participants()).toBe(0);

        const writer = db.createQueryRunner();
        await writer.connect();
        try {
          await writer.startTransaction();
          await writer.query(
            `UPDATE registration SET status = 'attended', checked_in_at = now(), check_in_method = 'code' WHERE id = $1`,
            [registration.id],
          );
          // Computed at the writer's new number, without its row.
          expect(await participants()).toBe(0);
          await writer.commitTransaction();
        } finally {
          await writer.release();
        }
        // Polled, not timed: corrected behind the answers within a few seconds.
        let seen = await participants();
        for (let waited = 0; waited < 15_000 && seen === 0; waited += 200) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          seen = await participants();
        }
        expect(seen).toBe(1);
      },
      SETUP_TIMEOUT_MS,
    );
  });
}
