import { type ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createBenchDatabase, withClient } from '../support/database';

/**
 * Load: mixed traffic (search people, list conferences, check in, dashboard) against the real
 * server in its own process on PostgreSQL, at a concurrency that saturates this machine; then the
 * check-in endpoint alone against a bare endpoint (GET /api/health: one trivial query) on the
 * same server, in the same run. Not a test: nothing is asserted about time.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '32' },
    people: { type: 'string', default: '20000' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const PEOPLE = Number(values.people);
const repoRoot = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  // SERVER_NODE_ARGS passes flags to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const extra = (process.env.SERVER_NODE_ARGS ?? '').split(/\s+/u).filter(Boolean);
  const server = spawn(
    process.execPath,
    [...extra, '--enable-source-maps', '-r', '@swc-node/register', 'src/main.ts'],
    {
      cwd: path.join(repoRoot, 'apps/api'),
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO_SEED: 'true',
        LOG_LEVEL: 'warn',
        JWT_SECRET: 'load-bench-secret-not-for-production-0123456789',
        // The load comes from one address: keep the login limiter out of the way.
        LOGIN_MAX_FAILURES_PER_IP: '100000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  for (let i = 0; i < 240; i += 1) {
    await new Promise((r) => setTimeout(r, 500));
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // not yet
    }
  }
  server.kill('SIGKILL');
  throw new Error('the server did not start');
}

async function api<T>(
  base: string,
  method: string,
  url: string,
  token?: string,
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
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** More people and a conference with registrations to check in, set-based. */
async function seed(databaseUrl: string, base: string, token: string) {
  const campaign = (
    await api<{ items: Array<{ id: string }> }>(base, 'GET', '/api/campaigns', token)
  ).items[0];
  const day = new Date().toISOString().slice(0, 10);
  const conference = await api<{ id: string }>(base, 'POST', '/api/conferences', token, {
    campaignId: campaign.id,
    title: 'Hội nghị kiểm thử tải',
    topic: 'Nhận diện lừa đảo',
    startsAt: `${day}T00:30:00+07:00`,
    endsAt: `${day}T23:30:00+07:00`,
    communeCode: '14248',
    venue: 'Nhà văn hóa kiểm thử tải',
    capacity: 100000,
  });
  await withClient(databaseUrl, async (client) => {
    await client.query(
      `INSERT INTO person (full_name, gender, birth_year, phone, commune_code, group_code, consent_at, consent_source)
       SELECT (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi'])[1 + g % 8] || ' '
              || (ARRAY['Văn','Thị','Đức','Ngọc','Minh'])[1 + g % 5] || ' '
              || (ARRAY['An','Bình','Hương','Lan','Hùng','Mai','Nam','Xuân','Ánh','Đông'])[1 + (g / 8) % 10] || ' ' || g,
              CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END, 1940 + g % 60,
              '09' || lpad(g::text, 8, '0'), '14248', 'farmer', now(), 'import'
       FROM generate_series(1, $1) g`,
      [PEOPLE],
    );
    await client.query(
      `INSERT INTO registration (conference_id, person_id)
       SELECT $1, id FROM person WHERE full_name IS NOT NULL ORDER BY created_at DESC LIMIT $2`,
      // Enough that every check-in of the run is a first one, as at the door.
      [conference.id, PEOPLE],
    );
    await client.query(
      `UPDATE conference SET registered_count = (SELECT count(*) FROM registration WHERE conference_id = $1) WHERE id = $1`,
      [conference.id],
    );
    await client.query('ANALYZE');
  });
  const registrations = await withClient(databaseUrl, async (client) =>
    (
      await client.query<{ id: string }>(`SELECT id FROM registration WHERE conference_id = $1`, [
        conference.id,
      ])
    ).rows.map((r) => r.id),
  );
  return { conferenceId: conference.id, registrations };
}

function summarize(name: string, result: autocannon.Result) {
  const errors = result.errors + result.timeouts + result.non2xx;
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${(s as { count: number }).count}`)
    .join(' ');
  return `${name.padEnd(22)} ${Math.round(result.requests.average).toString().padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   ${result.requests.total} requests   errors ${errors} (${statuses}; socket errors ${result.errors}, timeouts ${result.timeouts})`;
}

async function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  const database = await createBenchDatabase('load');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(database.url, port);
  try {
    const { accessToken: token } = await api<{ accessToken: string }>(
      base,
      'POST',
      '/api/auth/login',
      undefined,
      { username: 'staff', password: 'demo-password' },
    );
    const { conferenceId, registrations } = await seed(database.url, base, token);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    let next = 0;
    const checkIn = {
      method: 'POST' as const,
      path: `/api/conferences/${conferenceId}/attendance`,
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        body: JSON.stringify({ registrationId: registrations[next++ % registrations.length] }),
      }),
    };
    const queries = ['nguyen van', 'tran thi huong', 'le', 'pham minh', 'hoang', '0900001'];
    let q = 0;
    const mixed: autocannon.Request[] = [
      {
        method: 'GET',
        setupRequest: (r: autocannon.Request) => ({
          ...r,
          path: `/api/people?q=${encodeURIComponent(queries[q++ % queries.length])}&pageSize=20`,
        }),
      },
      { method: 'GET', path: '/api/conferences?pageSize=50' },
      checkIn,
      { method: 'GET', path: '/api/reports/dashboard' },
    ];
    console.log(
      `Cảnh Giác load: ${CONNECTIONS} connections, PostgreSQL, ${PEOPLE.toLocaleString('en')} extra people, ${registrations.length} registrations to check in`,
    );
    const results: string[] = [];
    const mixedResult = await run({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      headers,
      requests: mixed,
    });
    results.push(summarize(`mixed (${DURATION} s)`, mixedResult));
    const short = Math.max(10, Math.round(DURATION / 3));
    // Each part of the mix alone, to see which one sets the pace.
    const parts: Array<[string, autocannon.Request]> = [
      ['  search people', mixed[0]],
      ['  list conferences', mixed[1]],
      ['  dashboard', mixed[3]],
    ];
    for (const [name, request] of parts) {
      results.push(
        summarize(
          name,
          await run({
            url: base,
            connections: CONNECTIONS,
            duration: Math.round(short / 2),
            headers,
            requests: [request],
          }),
        ),
      );
    }
    // Bare and check-in alternate, twice each, so that a change in the machine's load during the
    // run weighs on both sides of the ratio alike.
    const bares: autocannon.Result[] = [];
    const checkIns: autocannon.Result[] = [];
    for (let round = 0; round < 2; round += 1) {
      bares.push(
        await run({
          url: `${base}/api/health`,
          connections: CONNECTIONS,
          duration: Math.round(short / 2),
        }),
      );
      checkIns.push(
        await run({
          url: base,
          connections: CONNECTIONS,
          duration: Math.round(short / 2),
          headers,
          requests: [checkIn],
        }),
      );
    }
    bares.forEach((result, i) =>
      results.push(summarize(`bare: GET /api/health #${i + 1}`, result)),
    );
    checkIns.forEach((result, i) => results.push(summarize(`check-in only #${i + 1}`, result)));
    const perSecond = (list: autocannon.Result[]) =>
      list.reduce((sum, r) => sum + r.requests.total, 0) /
      list.reduce((sum, r) => sum + r.duration, 0);
    for (const line of results) console.log(line);
    console.log(
      `check-in / bare throughput: ${Math.round(perSecond(checkIns))} / ${Math.round(perSecond(bares))} req/s = ${(perSecond(checkIns) / perSecond(bares)).toFixed(2)}× (goal ≥ 0.4×)`,
    );
    const totalErrors = [mixedResult, ...bares, ...checkIns].reduce(
      (sum, r) => sum + r.errors + r.timeouts + r.non2xx,
      0,
    );
    console.log(`errors (non-2xx, timeouts, socket errors): ${totalErrors}`);
    if (totalErrors > 0) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await database.drop();
  }
}

void main();
