/**
 * Crash safety: the real server (a child process) is SIGKILLed in the middle of the three
 * volume writes, restarted on the same database, and the database must hold each write whole
 * or not at all, with its counters agreeing with the rows.
 *
 * On PostgreSQL (TEST_DATABASE_URL) the test watches pg_stat_activity and kills the server
 * while the statement of interest is running. On the embedded database (a temporary DATA_DIR)
 * it cannot look inside, so it kills when the server's event loop has been stuck in a long
 * statement (see support/busy.ts). Either way it records whether the kill landed mid-operation,
 * and the last test asserts that at least one did. CRASH_VERBOSE=1 prints what happened.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { todayInVietnam } from '../../src/common/time';
import { probeLatency, waitUntilBlocked } from './support/busy';
import { ActivityMonitor, crashDbKind, type Query, TestDb, within } from './support/database';
import { pdfText } from '../support/pdf';
import { Api, ServerProcess, sleep } from './support/server';
import { uploadFile, writeMemberList } from './support/upload';

const kind = crashDbKind();
const IMPORT_ROWS = 100_000;
const ATTENDED = 6_000;
const BATCH_QUANTITY = 20_000;
const ALLOCATIONS = 200;
const EACH = 100;
/** Ninh Bình since 1/7/2025: Xã Hải Hậu, Xã Hải Hưng, Xã Hải Anh. */
const COMMUNES = ['14215', '14248', '14236'];

/**
 * Where the import is killed on PostgreSQL (CRASH_IMPORT_PHASE, default registrations): while
 * the file streams into the staging table, while the new people are inserted, while the
 * registrations are inserted, or (none) only after it completed. On the embedded database,
 * CRASH_IMPORT_STUCK_MS sets how long the server must have been stuck after the upload (0: kill
 * as soon as the upload is sent).
 */
const IMPORT_PHASES: Record<string, { statement: RegExp; name: string }> = {
  copy: { statement: /COPY import_row/u, name: 'the COPY into the staging table' },
  people: { statement: /INSERT INTO person/u, name: "the new people's INSERT" },
  registrations: { statement: /INSERT INTO registration/u, name: "the registrations' INSERT" },
  /** Never matches: the import completes before the kill (checks the "all" side of the assertions). */
  none: { statement: /(?!)/u, name: 'nothing' },
};

/**
 * Jobs: a run not finished after a minute is taken for dead (its server was killed) and run
 * again at once; a batch of 6,000 certificates takes well under that.
 */
const JOB_ENV = {
  JOB_TIMEOUT_SECONDS: '30',
  JOB_RETRY_DELAY_SECONDS: '0',
  JOB_POLL_SECONDS: '0.5',
};
/** The certificates of the conference the job draws: a batch of seconds, well under the timeout. */
const JOB_CERTIFICATES = 1_500;

interface Job {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  error?: string;
}

interface Page<T> {
  items: T[];
  total: number;
}

const log = (line: string) => {
  if (process.env.CRASH_VERBOSE || process.env.TEST_LOG)
    process.stderr.write(`[crash ${kind}] ${line}\n`);
};

describe(`crash safety: the server is SIGKILLed mid-operation (${kind})`, () => {
  let db: TestDb;
  let server: ServerProcess | undefined;
  /** PostgreSQL only: the session that watches the server's statements. */
  let monitor: ActivityMonitor | undefined;
  let staff: Api;
  let tmp: string;
  const midOperation: string[] = [];
  const ids = {
    campaign: '',
    importConference: '',
    organization: '',
    heldConference: '',
    jobConference: '',
    batch: '',
  };
  let conferenceDay = '';
  let serialSuffix = '';
  let peopleBefore = 0;
  /** Serial register of this year, as issuing will number it. */
  const serialYear = Number(todayInVietnam().slice(0, 4));

  async function startServer() {
    server = await ServerProcess.start({ env: { ...db.serverEnv(), ...JOB_ENV } });
    staff = await Api.login(server.url, 'staff');
  }

  async function ensureServer() {
    if (!server?.running) await startServer();
  }

  /** Restart on the same database; /api/health must be 200 and a login and a list must work. */
  async function restartAfterCrash() {
    const started = Date.now();
    await startServer();
    expect(await server!.waitHealthy()).toEqual({ status: 'ok', db: kind });
    const leader = await Api.login(server!.url, 'leader');
    const conferences = await staff.get<Page<{ id: string }>>('/api/conferences?pageSize=5');
    expect(conferences.total).toBeGreaterThan(0);
    await leader.get('/api/reports/dashboard');
    log(`restart after the crash, healthy and serving in ${Date.now() - started} ms`);
  }

  /**
   * Direct SQL on the test database. The embedded database lives inside the server process, so
   * the server is stopped cleanly first and started again afterwards.
   */
  async function sql<T>(fn: (query: Query) => Promise<T>): Promise<T> {
    if (kind === 'postgres' || !server?.running) return db.sql(fn);
    await server.stop();
    try {
      return await db.sql(fn);
    } finally {
      await startServer();
    }
  }

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-crash-'));
    db = await TestDb.create(kind, 'crash');
    await startServer();
    // A day three days ago (Vietnamese time) and a campaign covering its year.
    const day = todayInVietnam(new Date(Date.now() - 3 * 86_400_000));
    conferenceDay = day;
    const year = Number(day.slice(0, 4));
    ids.campaign = (
      await staff.expect<{ id: string }>(201, 'POST', '/api/campaigns', {
        name: 'Chiến dịch kiểm thử sự cố',
        year,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        targetConferences: 10,
        targetParticipants: 100_000,
        targetLeaflets: 20_000,
      })
    ).id;
    const conference = (venue: string, from: number, to: number) =>
      staff.expect<{ id: string }>(201, 'POST', '/api/conferences', {
        campaignId: ids.campaign,
        title: `Hội nghị kiểm thử sự cố (${venue})`,
        topic: 'Nhận diện và phòng chống lừa đảo trên môi trường Internet',
        startsAt: `${day}T${String(from).padStart(2, '0')}:00:00+07:00`,
        endsAt: `${day}T${String(to).padStart(2, '0')}:00:00+07:00`,
        communeCode: COMMUNES[0],
        venue,
        organizerIds: [],
        trainers: [],
        capacity: 100_000,
      });
    ids.importConference = (await conference('Sân vận động kiểm thử A', 13, 16)).id;
    ids.organization = (
      await staff.expect<{ items: Array<{ id: string }> }>(
        200,
        'GET',
        '/api/organizations?pageSize=1',
      )
    ).items[0].id;
    ids.heldConference = (await conference('Hội trường kiểm thử B', 8, 11)).id;
    await staff.expect(200, 'POST', `/api/conferences/${ids.heldConference}/status`, {
      status: 'confirmed',
    });
    await staff.expect(200, 'POST', `/api/conferences/${ids.heldConference}/status`, {
      status: 'held',
    });
    ids.batch = (
      await staff.expect<{ id: string }>(201, 'POST', '/api/leaflet-batches', {
        title: 'Lô tờ rơi kiểm thử sự cố',
        quantity: BATCH_QUANTITY,
        receivedOn: day,
      })
    ).id;
    // The held conference's attendees, set-based, as a finished roll call would leave them.
    await sql(async (query) => {
      await query(
        `WITH p AS (
           INSERT INTO person (full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source)
           SELECT 'Ngô ' || (ARRAY['Văn', 'Đức', 'Quang', 'Minh'])[1 + g % 4] || ' '
                    || (ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Long', 'Nam'])[1 + (g / 4) % 8] || ' '
                    || (ARRAY['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Long', 'Nam'])[1 + (g / 32) % 8],
                  'male', 1940 + g % 60, '07' || lpad(g::text, 8, '0'), $2, 'farmer', now(), 'paper_form'
           FROM generate_series(1, $3::int) AS g
           RETURNING id
         )
         INSERT INTO registration (conference_id, person_id, status, checked_in_at, check_in_method)
         SELECT $1, id, 'attended', now(), 'code' FROM p`,
        [ids.heldConference, COMMUNES[0], ATTENDED],
      );
      await query(
        `UPDATE conference SET registered_count = (SELECT count(*) FROM registration WHERE conference_id = $1) WHERE id = $1`,
        [ids.heldConference],
      );
      const [row] = await query<{ suffix: string; people: number }>(
        `SELECT k.certificate_serial_suffix AS suffix, (SELECT count(*)::int FROM person) AS people
         FROM campaign k WHERE k.id = $1`,
        [ids.campaign],
      );
      serialSuffix = row.suffix;
      peopleBefore = row.people;
    });
  }, 240_000);

  afterEach(async () => {
    await monitor?.close();
    monitor = undefined;
  });

  afterAll(async () => {
    await server?.kill();
    if (db) {
      const dropping = db.drop();
      dropping.catch((error: Error) => log(`dropping ${db.name}: ${error.message}`));
      if (!(await within(dropping, 90_000)))
        log(`${db.name} is still being dropped (DROP DATABASE waits for the cluster)`);
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    log(`killed mid-operation: ${midOperation.join('; ') || 'none'}`);
  }, 150_000);

  it(`keeps a ${IMPORT_ROWS.toLocaleString('en')}-row CSV import all or nothing`, async () => {
    await ensureServer();
    const file = path.join(tmp, 'danh-sach-100k.csv');
    await writeMemberList(file, IMPORT_ROWS, COMMUNES);
    monitor = kind === 'postgres' ? await ActivityMonitor.open(db.url!) : undefined;
    const stuckAfter =
      kind === 'postgres'
        ? 0
        : process.env.CRASH_IMPORT_STUCK_MS
          ? Number(process.env.CRASH_IMPORT_STUCK_MS)
          : Math.max(2_000, 4 * (await probeLatency(server!.url)));
    const started = Date.now();
    const upload = uploadFile(
      `${server!.url}/api/conferences/${ids.importConference}/registrations/import?organizationId=${ids.organization}`,
      staff.token!,
      file,
      'danh-sach.csv',
    );
    let finished = false;
    void upload.done.then(() => (finished = true));

    let evidence: string | undefined;
    let pids: number[] = [];
    if (monitor) {
      // By default the last big statement: the people are inserted (uncommitted), the registrations are being inserted.
      const phase = IMPORT_PHASES[process.env.CRASH_IMPORT_PHASE ?? 'registrations'];
      if (await monitor.waitForStatement(phase.statement, () => finished))
        evidence = `${phase.name} was running (pg_stat_activity)`;
      pids = (await monitor.sessions()).map((s) => s.pid);
    } else {
      while (!upload.sentAt && !finished) await sleep(10);
      if (stuckAfter === 0) {
        if (!finished) evidence = 'the upload was sent, no answer yet';
      } else if (await waitUntilBlocked(server!.url, stuckAfter, () => finished)) {
        // Staging streams while the file arrives; the set-based statements after it block the server for seconds.
        evidence = `the server was stuck for ${stuckAfter} ms in the set-based statements after the upload`;
      }
    }
    const respondedBeforeKill = upload.respondedAt !== undefined;
    await server!.kill();
    const killedAfter = Date.now() - started;
    // Watched from the kill on, while the server restarts.
    const backendsGone = monitor ? monitor.waitForNoSessions(pids) : Promise.resolve(0);
    backendsGone.catch(() => undefined);
    await upload.done;
    log(
      `import: upload sent ${upload.sentAt ? `after ${upload.sentAt - started} ms` : 'not yet'}, killed after ${killedAfter} ms (${evidence ?? 'no evidence'}), response: ${upload.status ?? upload.error?.message}`,
    );
    const mid = evidence !== undefined && !respondedBeforeKill;
    if (mid) {
      midOperation.push(`import (${evidence}, ${killedAfter} ms in)`);
      expect(upload.status).toBeUndefined();
      expect(upload.error).toBeDefined();
    } else {
      expect(upload.status).toBe(200);
    }

    await restartAfterCrash();
    if (monitor) {
      // The dead server's backend finishes its statement before it notices the closed socket.
      log(`import: the killed server's backends were gone ${await backendsGone} ms after the kill`);
    }
    const state = await sql(async (query) => {
      const [row] = await query<{
        registrations: number;
        registeredCount: number;
        people: number;
        imported: number;
        audits: number;
      }>(
        `SELECT (SELECT count(*)::int FROM registration WHERE conference_id = $1) AS registrations,
                (SELECT registered_count FROM conference WHERE id = $1) AS "registeredCount",
                (SELECT count(*)::int FROM person) AS people,
                (SELECT count(*)::int FROM person WHERE phone LIKE '03%') AS imported,
                (SELECT count(*)::int FROM audit_log WHERE action = 'import' AND entity_id = $1::text) AS audits`,
        [ids.importConference],
      );
      return row;
    });
    log(`import: after the restart ${JSON.stringify(state)}`);
    expect([0, IMPORT_ROWS]).toContain(state.registrations);
    if (mid) expect(state.registrations).toBe(0);
    expect(state.registeredCount).toBe(state.registrations);
    // No orphan people: the import's people exist exactly when its registrations do.
    expect(state.people).toBe(peopleBefore + state.registrations);
    expect(state.imported).toBe(state.registrations);
    expect(state.audits).toBe(state.registrations > 0 ? 1 : 0);
    peopleBefore = state.people;

    // The conference is not left locked: a small import goes through (or is refused as full).
    const small = path.join(tmp, 'small.csv');
    fs.writeFileSync(
      small,
      '\uFEFFHọ và tên,Giới tính,Năm sinh,Số điện thoại,Mã xã,Nhóm đối tượng\r\nKiều Văn Sau,Nam,1961,0888000001,14215,Nông dân\r\n',
    );
    const again = uploadFile(
      `${server!.url}/api/conferences/${ids.importConference}/registrations/import?organizationId=${ids.organization}`,
      staff.token!,
      small,
      'small.csv',
    );
    await again.done;
    if (state.registrations === 0)
      expect({ status: again.status, body: JSON.parse(again.body!) }).toMatchObject({
        status: 200,
        body: { created: 1 },
      });
    else expect(again.status).toBe(409);
  }, 240_000);

  it('keeps certificate issuing all or nothing, with the serial register agreeing', async () => {
    await ensureServer();
    monitor = kind === 'postgres' ? await ActivityMonitor.open(db.url!) : undefined;
    // Embedded: "stuck" means well beyond what an idle server takes to answer right now.
    const stuckAfter =
      kind === 'embedded' ? Math.max(300, 4 * (await probeLatency(server!.url))) : 0;
    let done = false;
    const started = Date.now();
    const issuing = staff
      .request<{ issued: number }>(
        'POST',
        `/api/conferences/${ids.heldConference}/certificates`,
        undefined,
        120_000,
      )
      .then(
        (res) => ({ status: res.status, error: undefined }),
        (error: Error) => ({ status: undefined, error: String(error) }),
      )
      .finally(() => (done = true));

    let evidence: string | undefined;
    let pids: number[] = [];
    if (monitor) {
      if (await monitor.waitForStatement(/INSERT INTO certificate\s/u, () => done, 2))
        evidence = `the certificates' INSERT was running (pg_stat_activity)`;
      pids = (await monitor.sessions()).map((s) => s.pid);
    } else if (await waitUntilBlocked(server!.url, stuckAfter, () => done)) {
      evidence = `the server was stuck for ${stuckAfter} ms in the issuing statement`;
    }
    const respondedBeforeKill = done;
    await server!.kill();
    const killedAfter = Date.now() - started;
    const backendsGone = monitor ? monitor.waitForNoSessions(pids) : Promise.resolve(0);
    backendsGone.catch(() => undefined);
    const answer = await issuing;
    log(
      `certificates: killed after ${killedAfter} ms (${evidence ?? 'no evidence'}), answer: ${answer.status ?? answer.error}`,
    );
    const mid = evidence !== undefined && !respondedBeforeKill;
    if (mid) {
      midOperation.push(`certificates (${evidence}, ${killedAfter} ms in)`);
      expect(answer.status).toBeUndefined();
      expect(answer.error).toBeDefined();
    }

    await restartAfterCrash();
    if (monitor) {
      log(
        `certificates: the killed server's backends were gone ${await backendsGone} ms after the kill`,
      );
    }
    const register = await sql(async (query) => {
      const [row] = await query<{
        issued: number;
        last: number;
        max: number;
        total: number;
        distinct: number;
        audits: number;
      }>(
        `SELECT (SELECT count(*)::int FROM certificate WHERE conference_id = $1) AS issued,
                coalesce((SELECT last_number FROM certificate_serial WHERE year = $2 AND suffix = $3), 0) AS last,
                (SELECT coalesce(max(serial_number), 0)::int FROM certificate WHERE serial_year = $2 AND serial_suffix = $3) AS max,
                (SELECT count(*)::int FROM certificate WHERE serial_year = $2 AND serial_suffix = $3) AS total,
                (SELECT count(DISTINCT serial_number)::int FROM certificate WHERE serial_year = $2 AND serial_suffix = $3) AS distinct,
                (SELECT count(*)::int FROM audit_log WHERE action = 'issue' AND entity = 'certificate' AND entity_id = $1::text) AS audits`,
        [ids.heldConference, serialYear, serialSuffix],
      );
      return row;
    });
    log(`certificates: after the restart ${JSON.stringify(register)}`);
    expect([0, ATTENDED]).toContain(register.issued);
    if (mid) expect(register.issued).toBe(0);
    // The counter is the highest serial issued; numbers 1..last, each once.
    expect(register.last).toBe(register.max);
    expect(register.distinct).toBe(register.total);
    expect(register.total).toBe(register.max);
    expect(register.audits).toBe(register.issued > 0 ? 1 : 0);

    // Issuing again works and continues the numbering where the register stands.
    const second = await staff.expect<{ issued: number; certificates: Array<{ serial: string }> }>(
      200,
      'POST',
      `/api/conferences/${ids.heldConference}/certificates`,
    );
    expect(second.issued).toBe(ATTENDED - register.issued);
    const numbers = second.certificates
      .map((c) => Number(c.serial.split('/')[0]))
      .sort((a, b) => a - b);
    if (numbers.length > 0) {
      expect(numbers[0]).toBe(register.last + 1);
      expect(numbers[numbers.length - 1]).toBe(register.last + second.issued);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(second.certificates[0].serial).toMatch(
        new RegExp(`^\\d+/${serialSuffix}-${serialYear}$`, 'u'),
      );
    }
    const listed = await staff.get<Array<{ serial: string }>>(
      `/api/conferences/${ids.heldConference}/certificates`,
    );
    expect(listed).toHaveLength(ATTENDED);
    expect(
      (
        await staff.expect<{ issued: number }>(
          200,
          'POST',
          `/api/conferences/${ids.heldConference}/certificates`,
        )
      ).issued,
    ).toBe(0);
  }, 240_000);

  it('runs a certificates PDF job again after its server is killed, making the same file and issuing nothing', async () => {
    await ensureServer();
    // A held conference of its own, its attendees issued their certificates.
    ids.jobConference = (
      await staff.expect<{ id: string }>(201, 'POST', '/api/conferences', {
        campaignId: ids.campaign,
        title: 'Hội nghị kiểm thử việc nền',
        topic: 'Nhận diện và phòng chống lừa đảo qua điện thoại',
        startsAt: `${conferenceDay}T17:00:00+07:00`,
        endsAt: `${conferenceDay}T19:00:00+07:00`,
        communeCode: COMMUNES[1],
        venue: 'Nhà văn hóa kiểm thử C',
        organizerIds: [],
        trainers: [],
        capacity: 100_000,
      })
    ).id;
    for (const status of ['confirmed', 'held']) {
      await staff.expect(200, 'POST', `/api/conferences/${ids.jobConference}/status`, { status });
    }
    await sql(async (query) => {
      await query(
        `WITH p AS (
           INSERT INTO person (full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source)
           SELECT 'Đỗ Thị ' || (ARRAY['Hoa', 'Lan', 'Mai', 'Nga', 'Oanh', 'Phương', 'Quyên', 'Sen'])[1 + g % 8]
                    || ' ' || g, 'female', 1950 + g % 50, '08' || lpad(g::text, 8, '0'), $2, 'farmer', now(), 'paper_form'
           FROM generate_series(1, $3::int) AS g
           RETURNING id
         )
         INSERT INTO registration (conference_id, person_id, status, checked_in_at, check_in_method)
         SELECT $1, id, 'attended', now(), 'code' FROM p`,
        [ids.jobConference, COMMUNES[1], JOB_CERTIFICATES],
      );
      await query(
        `UPDATE conference SET registered_count = (SELECT count(*) FROM registration WHERE conference_id = $1) WHERE id = $1`,
        [ids.jobConference],
      );
    });
    await staff.expect(200, 'POST', `/api/conferences/${ids.jobConference}/certificates`);
    const counts = () =>
      sql(async (query) => {
        const [row] = await query<{ certificates: number; last: number }>(
          `SELECT (SELECT count(*)::int FROM certificate) AS certificates,
                  coalesce((SELECT max(last_number) FROM certificate_serial), 0)::int AS last`,
        );
        return row;
      });
    const before = await counts();

    const { id } = await staff.expect<{ id: string }>(202, 'POST', '/api/jobs', {
      kind: 'certificates_pdf',
      params: { conferenceId: ids.jobConference },
    });
    // Killed while it runs: once it has drawn pages, or a moment after it began.
    let seen: Job | undefined;
    let runningSince: number | undefined;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      seen = await staff.get<Job>(`/api/jobs/${id}`);
      if (seen.state === 'running') runningSince ??= Date.now();
      if (seen.state !== 'queued' && seen.state !== 'running') break;
      if (seen.progress.done > 0 || (runningSince && Date.now() - runningSince > 1_000)) break;
      await sleep(50);
    }
    await server!.kill();
    log(`certificates job: killed at ${JSON.stringify(seen)}`);
    expect(seen?.state).toBe('running');
    midOperation.push(
      `the certificates job (${seen!.progress.done}/${seen!.progress.total} pages drawn)`,
    );

    await restartAfterCrash();
    let job: Job | undefined;
    const finishBy = Date.now() + 150_000;
    while (Date.now() < finishBy) {
      job = await staff.get<Job>(`/api/jobs/${id}`);
      if (job.state === 'done' || job.state === 'failed') break;
      await sleep(500);
    }
    log(`certificates job: after the restart ${JSON.stringify(job)}`);
    expect(job).toMatchObject({
      state: 'done',
      progress: { done: JOB_CERTIFICATES, total: JOB_CERTIFICATES },
    });
    const attempts = await sql(async (query) => {
      const [row] = await query<{ attempts: number }>(`SELECT attempts FROM job WHERE id = $1`, [
        id,
      ]);
      return row.attempts;
    });
    expect(attempts).toBe(2);

    // The same certificates, drawn as the synchronous route draws them; nothing issued anew.
    const file = await staff.bytes(`/api/jobs/${id}/result`);
    const direct = await staff.bytes(`/api/conferences/${ids.jobConference}/certificates.pdf`);
    expect((file.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? []).length).toBe(
      JOB_CERTIFICATES,
    );
    expect(pdfText(file)).toBe(pdfText(direct));
    expect(await counts()).toEqual(before);
  }, 420_000);

  it(`keeps leaflet stock exact when killed during ${ALLOCATIONS} concurrent allocations`, async () => {
    await ensureServer();
    monitor = kind === 'postgres' ? await ActivityMonitor.open(db.url!) : undefined;
    const acknowledged: string[] = [];
    let refused = 0;
    let settled = 0;
    const started = Date.now();
    const burst = Array.from({ length: ALLOCATIONS }, (_, i) =>
      staff
        .request<{ id: string }>(
          'POST',
          `/api/leaflet-batches/${ids.batch}/allocations`,
          { quantity: EACH, communeCode: COMMUNES[i % 3], note: `Đợt ${i + 1}` },
          120_000,
        )
        .then(
          (res) => {
            if (res.status === 201) acknowledged.push(res.body.id);
            else if (res.status === 409) refused += 1;
            else throw new Error(`allocation ${i}: ${res.status} ${JSON.stringify(res.body)}`);
          },
          () => undefined,
        )
        .finally(() => (settled += 1)),
    );
    // Kill once a fifth of the burst is answered: the rest are queued or inside their transactions.
    while (acknowledged.length + refused < ALLOCATIONS / 5 && settled < ALLOCATIONS) await sleep(2);
    const inFlight = monitor ? (await monitor.sessions()).filter((s) => s.xact) : [];
    const pids = monitor ? (await monitor.sessions()).map((s) => s.pid) : [];
    const answeredBeforeKill = acknowledged.length + refused;
    const ackedBeforeKill = [...acknowledged];
    await server!.kill();
    const killedAfter = Date.now() - started;
    await Promise.all(burst);
    log(
      `leaflets: killed after ${killedAfter} ms with ${answeredBeforeKill}/${ALLOCATIONS} answered, ${inFlight.length} transactions open`,
    );
    const mid = answeredBeforeKill < ALLOCATIONS && (kind === 'embedded' || inFlight.length > 0);
    if (mid)
      midOperation.push(
        `leaflet allocations (${answeredBeforeKill}/${ALLOCATIONS} answered, ${killedAfter} ms in)`,
      );

    await restartAfterCrash();
    if (monitor) {
      await monitor.waitForNoSessions(pids);
    }
    const state = await sql(async (query) => {
      const [batch] = await query<{
        quantity: number;
        allocated: number;
        sum: number;
        rows: number;
        incomplete: number;
        unaudited: number;
        strayAudits: number;
      }>(
        `SELECT b.quantity, b.allocated,
                (SELECT coalesce(sum(quantity), 0)::int FROM leaflet_allocation a WHERE a.batch_id = b.id AND a.status <> 'cancelled') AS sum,
                (SELECT count(*)::int FROM leaflet_allocation a WHERE a.batch_id = b.id) AS rows,
                (SELECT count(*)::int FROM leaflet_allocation a WHERE a.batch_id = b.id AND NOT (
                   a.document_number ~ '^[0-9]+/BBBG-[0-9]{4}$' AND a.quantity = $2 AND a.recipient_kind = 'commune'
                   AND a.commune_code IS NOT NULL AND a.organization_id IS NULL AND a.conference_id IS NULL
                   AND a.status = 'planned' AND a.created_by IS NOT NULL AND a.note LIKE 'Đợt %')) AS incomplete,
                (SELECT count(*)::int FROM leaflet_allocation a WHERE a.batch_id = b.id AND NOT EXISTS (
                   SELECT 1 FROM audit_log l WHERE l.entity = 'leaflet_allocation' AND l.action = 'allocate' AND l.entity_id = a.id::text)) AS unaudited,
                (SELECT count(*)::int FROM audit_log l WHERE l.entity = 'leaflet_allocation' AND l.action = 'allocate'
                   AND l.summary->>'batchId' = b.id::text
                   AND NOT EXISTS (SELECT 1 FROM leaflet_allocation a WHERE a.id::text = l.entity_id)) AS "strayAudits"
         FROM leaflet_batch b WHERE b.id = $1`,
        [ids.batch, EACH],
      );
      const ids_ = await query<{ id: string }>(
        `SELECT id FROM leaflet_allocation WHERE batch_id = $1`,
        [ids.batch],
      );
      const [counter] = await query<{ last: number; max: number; total: number; distinct: number }>(
        `SELECT (SELECT last_number FROM document_counter WHERE series = 'BBBG' AND year = $1) AS last,
                max(split_part(document_number, '/', 1)::int) AS max, count(*)::int AS total,
                count(DISTINCT split_part(document_number, '/', 1))::int AS distinct
         FROM leaflet_allocation WHERE document_number LIKE '%/BBBG-' || $1::text`,
        [serialYear],
      );
      return { batch, ids: new Set(ids_.map((r) => r.id)), counter };
    });
    log(`leaflets: after the restart ${JSON.stringify({ ...state.batch, ...state.counter })}`);
    expect(state.batch.allocated).toBe(state.batch.sum);
    expect(state.batch.allocated).toBeLessThanOrEqual(state.batch.quantity);
    expect(state.batch.rows * EACH).toBe(state.batch.allocated);
    expect(state.batch.incomplete).toBe(0);
    expect(state.batch.unaudited).toBe(0);
    expect(state.batch.strayAudits).toBe(0);
    // Whatever was acknowledged before the crash survived it.
    for (const id of ackedBeforeKill) expect(state.ids.has(id)).toBe(true);
    expect(state.batch.rows).toBeGreaterThanOrEqual(ackedBeforeKill.length);
    // Document numbers: one each, and the register's counter at the highest.
    expect(state.counter.distinct).toBe(state.counter.total);
    expect(state.counter.last).toBe(state.counter.max);

    // The stock left is still exactly allocatable, and not one leaflet more.
    const available = state.batch.quantity - state.batch.allocated;
    if (available > 0) {
      await staff.expect(201, 'POST', `/api/leaflet-batches/${ids.batch}/allocations`, {
        quantity: available,
        communeCode: COMMUNES[0],
      });
    }
    const over = await staff.request<{ available: number }>(
      'POST',
      `/api/leaflet-batches/${ids.batch}/allocations`,
      { quantity: 1, communeCode: COMMUNES[0] },
    );
    expect(over.status).toBe(409);
    expect(over.body.available).toBe(0);
    expect(
      (
        await staff.get<{ allocated: number; available: number }>(
          `/api/leaflet-batches/${ids.batch}`,
        )
      ).available,
    ).toBe(0);
  }, 240_000);

  it('actually killed at least one operation in the middle of its work', () => {
    expect(midOperation.length).toBeGreaterThan(0);
  });
});
