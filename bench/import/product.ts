import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { ImportResult } from '@canhgiac/contracts';
import { createApp } from '../../apps/api/src/app.factory';
import { type DatabaseTarget, parseEnv } from '../../apps/api/src/config/env.schema';
import type { Person } from './people';

/** Requires a module as apps/api resolves it, so the bench talks to the app's own instances (typeorm, pg). */
export const apiRequire = createRequire(path.resolve(__dirname, '../../apps/api/package.json'));

const JWT_SECRET = 'bench-secret-not-for-production-0123456789abcdef';
export const STAFF = { username: 'staff', password: 'demo-password' };
/** Earlier imports: when the people already in the registry were added (and how the bench tells them apart). */
const EARLIER_IMPORT = '2025-03-15T09:00:00+07:00';

interface Queryable {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

export type Product = Awaited<ReturnType<typeof startProduct>>;

/**
 * The real application, built by the product's own factory from a config that parseEnv made,
 * listening on a free local port: the benchmark drives it over HTTP like the web app does.
 */
export async function startProduct(database: DatabaseTarget) {
  const env: Record<string, string> = { DEMO_SEED: 'true', LOG_LEVEL: 'silent', JWT_SECRET };
  if (database.kind === 'postgres') env.DATABASE_URL = database.url;
  // Without DATABASE_URL parseEnv chooses an embedded database on disk; the bench wants a fresh one in memory.
  const config = { ...parseEnv(env), database };
  const app = await createApp(config, { quiet: true });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  const { DataSource } = apiRequire('typeorm') as {
    DataSource: abstract new (...args: never[]) => Queryable;
  };
  const db = app.get(DataSource) as Queryable;

  async function call<T>(
    method: string,
    url: string,
    token: string | undefined,
    body?: unknown,
  ): Promise<T> {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  }

  let conferenceDay = 0;
  const year = new Date().getFullYear() + 1;

  return {
    app,
    db,
    async login(): Promise<string> {
      const body = await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, STAFF);
      return body.accessToken;
    },
    async createCampaign(token: string): Promise<string> {
      const campaign = await call<{ id: string }>('POST', '/api/campaigns', token, {
        name: `Chiến dịch phòng chống lừa đảo trực tuyến năm ${year} (đo hiệu năng)`,
        year,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        targetConferences: 70,
        targetParticipants: 300_000,
        targetLeaflets: 20_000,
      });
      return campaign.id;
    },
    /** A conference big enough for the whole list (the contracts allow at most 100,000 seats). */
    async createConference(token: string, campaignId: string, capacity: number): Promise<string> {
      conferenceDay += 1;
      const day = `${year}-03-${String(conferenceDay).padStart(2, '0')}`;
      const conference = await call<{ id: string }>('POST', '/api/conferences', token, {
        campaignId,
        title: `Hội nghị trực tuyến toàn tỉnh: phòng chống lừa đảo qua mạng, đợt ${conferenceDay}`,
        topic: 'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
        startsAt: `${day}T08:00:00+07:00`,
        endsAt: `${day}T11:00:00+07:00`,
        communeCode: '14215',
        venue: 'Hội trường UBND thị trấn Yên Định (điểm cầu chính)',
        organizerIds: [],
        trainers: [],
        capacity,
      });
      return conference.id;
    },
    /** POSTs the CSV as multipart, streamed from disk by fetch (a file-backed Blob). */
    async importFile(
      token: string,
      conferenceId: string,
      csvPath: string,
    ): Promise<{ status: number; body: ImportResult | unknown }> {
      const form = new FormData();
      form.append(
        'file',
        await fs.openAsBlob(csvPath, { type: 'text/csv' }),
        'danh-sach-hoi-vien.csv',
      );
      const res = await fetch(`${base}/api/conferences/${conferenceId}/registrations/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: reported as text
      }
      return { status: res.status, body };
    },
    /** The people of the list already in the registry, in one set-based statement, then ANALYZE. */
    async insertExisting(people: Person[]): Promise<void> {
      const records = people.map((p) => ({
        full_name: p.fullName,
        gender: p.gender,
        birth_year: p.birthYear,
        phone: p.phone,
        commune_code: p.communeCode,
        group_code: p.group,
      }));
      await db.query(
        `INSERT INTO person (full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source, last_seen_at, created_at, updated_at)
         SELECT r.full_name, r.gender, r.birth_year, r.phone, r.commune_code, r.group_code, $2, 'import', $2, $2, $2
         FROM jsonb_to_recordset($1::jsonb)
           AS r(full_name text, gender text, birth_year smallint, phone varchar(10), commune_code varchar(10), group_code text)`,
        [JSON.stringify(records), EARLIER_IMPORT],
      );
      await db.query('ANALYZE person');
    },
    async counts(conferenceId: string): Promise<{ registrations: number; people: number }> {
      const [row] = await db.query<Array<{ registrations: number; people: number }>>(
        `SELECT (SELECT count(*)::int FROM registration WHERE conference_id = $1) AS registrations,
                (SELECT count(*)::int FROM person) AS people`,
        [conferenceId],
      );
      return row;
    },
    /** Puts the registry back as it was before an import: its registrations and the people it created go. */
    async undoImport(conferenceId: string): Promise<void> {
      await db.query(`DELETE FROM registration WHERE conference_id = $1`, [conferenceId]);
      await db.query(`DELETE FROM person WHERE consent_source = 'import' AND created_at > $1`, [
        EARLIER_IMPORT,
      ]);
      await db.query(`UPDATE person SET last_seen_at = $1`, [EARLIER_IMPORT]);
      await db.query('VACUUM (FULL, ANALYZE) person, registration');
    },
    async close(): Promise<void> {
      await app.close();
    },
  };
}
