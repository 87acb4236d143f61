/**
 * Backup and restore with the operator's scripts in infra/backup, end to end: data made through
 * the API, the reports recorded, a backup taken, restored into a fresh database, the app started
 * on it, and the same reports asked again.
 *
 * PostgreSQL (TEST_DATABASE_URL): backup-postgres.sh (pg_dump, taken while the app runs) and
 * restore-postgres.sh (pg_restore --clean --if-exists --no-owner) into a new database.
 * Embedded (no TEST_DATABASE_URL): export-embedded.sh (with the app stopped) and
 * import-embedded.sh into a new DATA_DIR.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { todayInVietnam } from '../../src/common/time';
import { migrations } from '../../src/database/migrations';
import {
  createPostgresDatabase,
  crashDbKind,
  dropPostgresDatabase,
  TestDb,
  uniqueName,
  within,
} from './support/database';
import { API_DIR, Api, ServerProcess } from './support/server';

const run = promisify(execFile);
const kind = crashDbKind();
const BACKUP_DIR = path.resolve(API_DIR, '../../infra/backup');

/** Runs one of the backup scripts; resolves with its exit code and output (never rejects on a non-zero exit). */
async function script(
  name: string,
  args: string[],
  env: Record<string, string> = {},
  cwd?: string,
) {
  try {
    const { stdout, stderr } = await run('bash', [path.join(BACKUP_DIR, name), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const ok = (result: { code: number; stdout: string; stderr: string }, what: string) => {
  if (result.code !== 0)
    throw new Error(`${what} failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
  return result;
};

interface Reports {
  coverage: { rows: unknown[]; totals: Record<string, number> };
  coverageAll: { rows: unknown[]; totals: Record<string, number> };
  dashboard: { actuals: Record<string, number> } & Record<string, unknown>;
  people: number;
  verify: unknown;
}

describe(`backup and restore with the infra/backup scripts (${kind})`, () => {
  const servers: ServerProcess[] = [];
  const drops: Array<() => Promise<void>> = [];
  let tmp: string;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-backup-'));
  });

  afterAll(async () => {
    for (const server of servers) await server.kill();
    // Dropped together, within a bound (see `within`); a slow drop finishes in the background.
    await within(Promise.all(drops.map((drop) => drop().catch(() => undefined))), 90_000);
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 150_000);

  async function start(db: TestDb): Promise<ServerProcess> {
    const server = await ServerProcess.start({ env: db.serverEnv() });
    servers.push(server);
    return server;
  }

  /** A campaign's worth of activity, made through the API as the staff would make it. */
  async function makeData(url: string) {
    const staff = await Api.login(url, 'staff');
    const admin = await Api.login(url, 'admin');
    const day = todayInVietnam(new Date(Date.now() - 5 * 86_400_000));
    const year = Number(day.slice(0, 4));
    const campaign = await staff.expect<{ id: string }>(201, 'POST', '/api/campaigns', {
      name: 'Chiến dịch kiểm thử sao lưu',
      year,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      targetConferences: 12,
      targetParticipants: 600,
      targetLeaflets: 8000,
    });
    const organizations = await staff.get<{ items: Array<{ id: string; name: string }> }>(
      '/api/organizations?pageSize=100',
    );
    const farmers = organizations.items.find((o) => o.name === 'Hội Nông dân tỉnh Ninh Bình')!;
    // Three communes of Ninh Bình: Xã Hải Hậu, Xã Giao Hòa, Xã Xuân Trường.
    const plan = [
      {
        commune: '14215',
        venue: 'Nhà văn hóa kiểm thử 1',
        from: 8,
        people: 9,
        attend: 7,
        held: true,
      },
      {
        commune: '14182',
        venue: 'Nhà văn hóa kiểm thử 2',
        from: 13,
        people: 7,
        attend: 5,
        held: true,
      },
      {
        commune: '14089',
        venue: 'Nhà văn hóa kiểm thử 3',
        from: 8,
        people: 4,
        attend: 0,
        held: false,
      },
    ];
    const conferences: Array<{ id: string; held: boolean }> = [];
    let n = 0;
    for (const item of plan) {
      const conference = await staff.expect<{ id: string }>(201, 'POST', '/api/conferences', {
        campaignId: campaign.id,
        title: `Hội nghị kiểm thử sao lưu ${conferences.length + 1}`,
        topic: 'Nhận diện lừa đảo qua điện thoại và mạng xã hội',
        startsAt: `${day}T${String(item.from).padStart(2, '0')}:00:00+07:00`,
        endsAt: `${day}T${String(item.from + 3).padStart(2, '0')}:00:00+07:00`,
        communeCode: item.commune,
        venue: item.venue,
        organizerIds: [farmers.id],
        trainers: [],
        capacity: 100,
      });
      conferences.push({ id: conference.id, held: item.held });
      await staff.expect(200, 'POST', `/api/conferences/${conference.id}/status`, {
        status: 'confirmed',
      });
      for (let i = 0; i < item.people; i += 1) {
        n += 1;
        const registration = await staff.expect<{ id: string }>(
          201,
          'POST',
          `/api/conferences/${conference.id}/registrations`,
          {
            person: {
              fullName: `Đào ${n % 2 ? 'Văn' : 'Thị'} Sao Lưu ${['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan'][n % 8]} ${['Minh', 'Nga', 'Phúc', 'Quỳnh'][Math.floor(n / 8) % 4]}`,
              gender: n % 2 ? 'male' : 'female',
              birthYear: 1945 + n * 2,
              phone: `0868${String(100000 + n).slice(-6)}`,
              communeCode: item.commune,
              organizationId: n % 3 === 0 ? farmers.id : undefined,
              group: ['farmer', 'veteran', 'elderly', 'student'][n % 4],
              consent: true,
            },
          },
        );
        if (i < item.attend)
          await staff.expect(200, 'POST', `/api/conferences/${conference.id}/attendance`, {
            registrationId: registration.id,
          });
      }
      if (item.held)
        await staff.expect(200, 'POST', `/api/conferences/${conference.id}/status`, {
          status: 'held',
        });
    }
    const issued = await staff.expect<{
      issued: number;
      certificates: Array<{ verifyCode: string }>;
    }>(200, 'POST', `/api/conferences/${conferences[0].id}/certificates`);
    expect(issued.issued).toBe(7);
    // A participant asks to be forgotten: the reports keep counting them anonymously.
    const people = await staff.get<{ items: Array<{ id: string }> }>(
      `/api/people?q=${encodeURIComponent('sao luu')}&pageSize=5`,
    );
    const erased = await admin.request(
      'DELETE',
      `/api/people/${people.items[people.items.length - 1].id}`,
    );
    expect([200, 204]).toContain(erased.status);

    const batch = await staff.expect<{ id: string }>(201, 'POST', '/api/leaflet-batches', {
      title: 'Tờ rơi kiểm thử sao lưu',
      quantity: 8000,
      receivedOn: day,
      campaignId: campaign.id,
    });
    const allocate = (body: Record<string, unknown>) =>
      staff.expect<{ id: string }>(
        201,
        'POST',
        `/api/leaflet-batches/${batch.id}/allocations`,
        body,
      );
    const toConference = await allocate({ quantity: 400, conferenceId: conferences[0].id });
    const toCommune = await allocate({ quantity: 1200, communeCode: '14182' });
    const toOrganization = await allocate({ quantity: 900, organizationId: farmers.id });
    const cancelled = await allocate({ quantity: 300, communeCode: '14089' });
    await allocate({ quantity: 700, communeCode: '14089' }); // planned, not delivered
    for (const allocation of [toConference, toCommune, toOrganization]) {
      await staff.expect(200, 'POST', `/api/leaflet-allocations/${allocation.id}/deliver`, {
        deliveredOn: day,
        receivedBy: 'Nguyễn Thị Nhận',
      });
    }
    await staff.expect(200, 'POST', `/api/leaflet-allocations/${cancelled.id}/cancel`, {
      reason: 'Xã đã nhận đủ',
    });
    return {
      campaignId: campaign.id,
      verifyCode: issued.certificates[0].verifyCode,
      heldId: conferences[1].id,
      batchId: batch.id,
    };
  }

  async function reports(
    url: string,
    data: { campaignId: string; verifyCode: string },
  ): Promise<Reports> {
    const leader = await Api.login(url, 'leader');
    const staff = await Api.login(url, 'staff');
    return {
      coverage: await leader.get(
        `/api/reports/coverage?groupBy=commune&campaignId=${data.campaignId}`,
      ),
      coverageAll: await leader.get('/api/reports/coverage?groupBy=commune'),
      dashboard: await leader.get(`/api/reports/dashboard?campaignId=${data.campaignId}`),
      people: (await staff.get<{ total: number }>('/api/people?pageSize=1')).total,
      verify: await new Api(url).get(`/api/public/verify/${data.verifyCode}`),
    };
  }

  /** The recorded figures are those of the data made, so an empty restore could not pass. */
  function expectMadeData(recorded: Reports) {
    expect(recorded.coverage.totals).toMatchObject({
      conferencesHeld: 2,
      registrations: 20,
      attended: 12,
      uniqueParticipants: 12,
      leafletsDelivered: 2500,
    });
    const active = (recorded.coverage.rows as Array<{ key: string; registrations: number }>).filter(
      (row) => row.registrations > 0,
    );
    expect(active.map((row) => row.key).sort()).toEqual(['14089', '14182', '14215']);
    expect(recorded.dashboard.actuals).toMatchObject({
      conferencesHeld: 2,
      participants: 12,
      leafletsDelivered: 2500,
    });
    expect(recorded.verify).toMatchObject({ valid: true, revoked: false });
  }

  /** A write after the backup, on the source: the restored database must not have it. */
  async function writeAfterBackup(url: string, data: { batchId: string }) {
    const staff = await Api.login(url, 'staff');
    const late = await staff.expect<{ id: string }>(
      201,
      'POST',
      `/api/leaflet-batches/${data.batchId}/allocations`,
      { quantity: 50, communeCode: '14215' },
    );
    await staff.expect(200, 'POST', `/api/leaflet-allocations/${late.id}/deliver`, {
      deliveredOn: todayInVietnam(),
      receivedBy: 'Người nhận muộn',
    });
  }

  if (kind === 'postgres') {
    it('backs up with pg_dump while the app runs and restores into a fresh database that serves the same reports', async () => {
      const source = await TestDb.create('postgres', 'backup_src');
      drops.push(() => source.drop());
      const app = await start(source);
      const data = await makeData(app.url);
      const recorded = await reports(app.url, data);
      expectMadeData(recorded);

      const dump = path.join(tmp, 'canhgiac.dump');
      const backup = ok(
        await script('backup-postgres.sh', [dump], { DATABASE_URL: source.url! }),
        'backup-postgres.sh',
      );
      expect(backup.stdout.trim()).toBe(dump);
      expect(fs.statSync(dump).size).toBeGreaterThan(10_000);
      expect(fs.existsSync(`${dump}.partial`)).toBe(false);
      await writeAfterBackup(app.url, data);
      expect((await reports(app.url, data)).coverage.totals.leafletsDelivered).toBe(2550);
      await app.stop();

      const targetName = uniqueName('backup_dst');
      const targetUrl = await createPostgresDatabase(targetName);
      drops.push(() => dropPostgresDatabase(targetName));
      const restored = ok(
        await script('restore-postgres.sh', [dump, targetUrl]),
        'restore-postgres.sh',
      );
      expect(restored.stderr).toMatch(
        new RegExp(
          `restored: migrations ${migrations.length} people \\d+ registrations \\d+ certificates 7`,
          'u',
        ),
      );
      // Restoring again over the restored database (--clean --if-exists) is just as good.
      ok(
        await script('restore-postgres.sh', [dump], { TARGET_DATABASE_URL: targetUrl }),
        'restore-postgres.sh (again)',
      );

      const target = TestDb.postgresNamed(targetName);
      const restoredApp = await start(target);
      expect(await restoredApp.waitHealthy()).toEqual({ status: 'ok', db: 'postgres' });
      expect(await reports(restoredApp.url, data)).toEqual(recorded);
      await restoredApp.stop();

      // Refusals: no target, an unreadable file.
      expect((await script('restore-postgres.sh', [dump])).code).toBe(2);
      expect(
        (await script('restore-postgres.sh', [path.join(tmp, 'missing.dump'), targetUrl])).code,
      ).toBe(2);
    }, 240_000);
  } else {
    it('exports the stopped embedded database and imports it into a fresh DATA_DIR that serves the same reports', async () => {
      const source = await TestDb.create('embedded', 'backup_src');
      drops.push(() => source.drop());
      let app = await start(source);
      const data = await makeData(app.url);
      const recorded = await reports(app.url, data);
      expectMadeData(recorded);

      const tarball = path.join(tmp, 'canhgiac-embedded.tar.gz');
      // Refused while the app runs: the database lives inside the app's process.
      const whileRunning = await script('export-embedded.sh', [tarball], {
        DATA_DIR: source.dataDir!,
      });
      expect(whileRunning.code).toBe(2);
      expect(whileRunning.stderr).toContain('Stop the app first');
      expect(fs.existsSync(tarball)).toBe(false);

      await app.stop();
      const exported = ok(
        await script('export-embedded.sh', [tarball], { DATA_DIR: source.dataDir! }),
        'export-embedded.sh',
      );
      expect(exported.stdout.trim()).toBe(tarball);
      expect(exported.stderr).toMatch(/"certificate":7/u);
      expect(fs.statSync(tarball).size).toBeGreaterThan(100_000);

      app = await start(source);
      await writeAfterBackup(app.url, data);
      expect((await reports(app.url, data)).coverage.totals.leafletsDelivered).toBe(2550);
      await app.stop();

      // Relative paths are taken from where the script runs, as the operator would type them.
      const targetDir = path.join(tmp, 'restored-data');
      const imported = ok(
        await script(
          'import-embedded.sh',
          [path.basename(tarball)],
          { DATA_DIR: 'restored-data' },
          tmp,
        ),
        'import-embedded.sh',
      );
      expect(imported.stderr).toMatch(/imported .*"certificate":7/u);
      // Never over an existing database without --force.
      const again = await script('import-embedded.sh', [tarball], { DATA_DIR: targetDir });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('already holds a database');

      const target = TestDb.embeddedAt(targetDir);
      const restoredApp = await start(target);
      expect(await restoredApp.waitHealthy()).toEqual({ status: 'ok', db: 'embedded' });
      expect(await reports(restoredApp.url, data)).toEqual(recorded);
      await restoredApp.stop();
    }, 240_000);
  }
});
