/**
 * Coverage report benchmark: the product's coverage report over five years of activity
 * (1,000,000 attendances by default, 10,000,000 with `--attendances 10000000`), over HTTP and
 * read from the attendance rollups, against the plain SQL aggregate of the same figures over the
 * registrations; the dashboard under 20 concurrent users; how soon a check-in shows on it; and the
 * XLSX export's time and memory.
 * Run from the repository root: `pnpm bench:reports` (see bench/README.md).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { coverageSql } from '../../apps/api/src/modules/reports/coverage.sql';
import { REPORT_SETTINGS } from '../../apps/api/src/modules/reports/report-settings';
import { RollupsService } from '../../apps/api/src/modules/reports/rollups/rollups.service';
import { apiRequire, type RunningApp, startApp } from '../support/app';
import {
  type BenchDatabase,
  checkpoint,
  createBenchDatabase,
  serverVersion,
} from '../support/database';
import {
  fmt,
  gcNote,
  loadAverage,
  log,
  maxRssBytes,
  mb,
  median,
  MemorySampler,
  seconds,
} from '../support/measure';
import { checkInToDashboard, dashboardLoad } from './dashboard';
import { type PlanRoot, summarizePlan } from './plan';
import { type CoverageFigures, rawCoverageSql } from './raw';
import { printSeed, seed } from './seed';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    attendances: { type: 'string', default: '1000000' },
    people: { type: 'string', default: '200000' },
    users: { type: 'string', default: '20' },
    'load-seconds': { type: 'string', default: '20' },
    explain: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
/** Five years on Nam Định's map, before the reorganization of 1 July 2025. */
const YEARS = [2020, 2021, 2022, 2023, 2024];
/** The coverage report's goals: at most this long, and this many times faster than the raw aggregate. */
const GOAL_SECONDS = 0.3;
const GOAL_SPEEDUP = 3;
/** The dashboard's goal: the 95th percentile of its answers under USERS concurrent users. */
const GOAL_DASHBOARD_P95 = 0.05;
type Grouping = 'commune' | 'district';

interface Timing {
  seconds: number[];
  peakHeap: number;
  peakRss: number;
}
const newTiming = (): Timing => ({ seconds: [], peakHeap: 0, peakRss: 0 });

/** Times one run (round 0 is the warm-up and is not kept), sampling memory. */
async function timeRun<T>(
  timing: Timing,
  round: number,
  work: () => Promise<T>,
): Promise<{ seconds: number; value: T }> {
  const memory = new MemorySampler().start();
  const t0 = process.hrtime.bigint();
  const value = await work();
  const elapsed = seconds(t0);
  memory.stop();
  if (round > 0) {
    timing.seconds.push(elapsed);
    timing.peakHeap = Math.max(timing.peakHeap, memory.peakHeapUsed);
    timing.peakRss = Math.max(timing.peakRss, memory.peakRss);
  }
  return { seconds: elapsed, value };
}

/** Rows whose figures differ between the product's report and the raw aggregate. */
function compare(product: CoverageFigures[], raw: CoverageFigures[]) {
  // A code with a period: as held, 13669 heads one row as Phường Cửa Bắc and one as Phường Nam Định.
  const keyOf = (row: CoverageFigures) => `${row.key}@${row.validFrom ?? ''}`;
  const byKey = new Map(raw.map((r) => [keyOf(r), r]));
  const differences: string[] = [];
  for (const p of product) {
    const r = byKey.get(keyOf(p));
    if (!r) {
      if (p.registrations > 0) differences.push(`${p.key}: only in the product`);
      continue;
    }
    for (const field of ['registrations', 'attended', 'uniqueParticipants'] as const) {
      if (p[field] !== r[field])
        differences.push(`${p.key} ${field}: product ${p[field]}, raw ${r[field]}`);
    }
  }
  return differences;
}

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-bench-reports-'));
  let database: BenchDatabase | undefined;
  let product: RunningApp | undefined;
  let raw: Client | undefined;
  const cleanup = async () => {
    await raw?.end().catch(() => undefined);
    raw = undefined;
    await product?.close().catch((e: unknown) => log(`closing the app failed: ${String(e)}`));
    product = undefined;
    if (args.keep && database)
      log(
        `--keep: the database stays for inspection: ${database.url} (drop it with DROP DATABASE ${database.name})`,
      );
    else
      await database
        ?.drop()
        .catch((e: unknown) => log(`dropping ${database?.name} failed: ${String(e)}`));
    database = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    log(
      `Cảnh Giác coverage report benchmark: ${fmt(Number(args.attendances))} attendances, ${fmt(Number(args.people))} people, ` +
        `${YEARS[0]}–${YEARS[YEARS.length - 1]}, ${RUNS} runs after a warm-up, PostgreSQL ${await serverVersion()}, ` +
        `Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`,
    );
    const started = process.hrtime.bigint();
    database = await createBenchDatabase('reports');
    const running = await startApp(database.url);
    product = running;
    // An access token lives a quarter of an hour, less than seeding 10 million attendances takes:
    // each step asks for a token that is at most five minutes old.
    let session = { token: await running.login(), at: process.hrtime.bigint() };
    const token = async () => {
      if (seconds(session.at) > 300)
        session = { token: await running.login(), at: process.hrtime.bigint() };
      return session.token;
    };
    log(
      `app ready and staff logged in after ${seconds(started).toFixed(2)} s (fresh database: migrations + demo seed)`,
    );

    const seeder = new Client({ connectionString: database.url });
    await seeder.connect();
    try {
      printSeed(
        await seed(seeder, {
          years: YEARS,
          people: Number(args.people),
          attendances: Number(args.attendances),
        }),
      );
      // The seed writes with triggers off (session_replication_role), so the rollups' work
      // list is filled here: everything, as the migration does for an existing database.
      await seeder.query(
        `INSERT INTO rollup_dirty (kind, id) SELECT 'c', id FROM conference
         UNION ALL SELECT DISTINCT 'p', person_id FROM registration WHERE status = 'attended'`,
      );
      await checkpoint(seeder);
    } finally {
      await seeder.end();
    }
    // The rollups are built from the whole work list once, by the product's own refresh (as its
    // background refresh would, or the first report), outside HTTP: at 10 million attendances it
    // takes longer than a client waits for an answer. Untimed below.
    const build = process.hrtime.bigint();
    await running.app.get(RollupsService).refresh();
    const buildSeconds = seconds(build);
    await product.call('GET', '/api/reports/dashboard', await token());
    const counter = new Client({ connectionString: database.url });
    await counter.connect();
    const [counts] = (
      await counter.query<{ org: number; person: number; firsts: number; registrations: number }>(
        `SELECT (SELECT count(*) FROM attendance_rollup_org)::int AS org,
                (SELECT count(*) FROM attendance_rollup_person)::int AS person,
                (SELECT count(*) FROM attendance_first)::int AS firsts,
                (SELECT count(*) FROM registration)::int AS registrations`,
      )
    ).rows;
    await counter.end();
    log(
      `rollups built by the product's refresh in ${buildSeconds.toFixed(1)} s: ${fmt(counts.org)} rows by conference × organization, ` +
        `${fmt(counts.person)} by conference × group × gender × age band, ${fmt(counts.firsts)} firsts, for ${fmt(counts.registrations)} registrations`,
    );
    // The raw aggregate runs on a connection of its own, with the session settings the product
    // gives its report statement (REPORT_SETTINGS), so that the ratio compares the SQL alone.
    raw = new Client({ connectionString: database.url });
    await raw.connect();
    for (const [name, value] of Object.entries(REPORT_SETTINGS))
      await raw.query(`SELECT set_config('${name}', '${value}', false)`);
    const names = ['work_mem', 'shared_buffers', 'jit', 'max_parallel_workers_per_gather'];
    const settings = (
      await raw.query(`SELECT ${names.map((n) => `current_setting('${n}') AS ${n}`).join(', ')}`)
    ).rows
      .flatMap((row: Record<string, string>) => names.map((n) => `${n}=${row[n]}`))
      .join(', ');
    log(
      `settings of both sides (the server's, with the report's session settings on top): ${settings}`,
    );

    const app = product;
    const rawClient = raw;
    const timings: Record<
      Grouping,
      {
        product: Timing;
        raw: Timing;
        productBody?: { rows: CoverageFigures[] };
        rawRows?: CoverageFigures[];
      }
    > = {
      commune: { product: newTiming(), raw: newTiming() },
      district: { product: newTiming(), raw: newTiming() },
    };
    log();
    log('run       product GET /api/reports/coverage (HTTP)    raw SQL aggregate (pg)');
    log('          commune        district                     commune        district');
    for (let round = 0; round <= RUNS; round += 1) {
      const cells: string[] = [];
      for (const groupBy of ['commune', 'district'] as const) {
        const file = path.join(tmp, `coverage-${groupBy}.json`);
        const url = `/api/reports/coverage?groupBy=${groupBy}&units=as-held`;
        const bearer = await token();
        const run = await timeRun(timings[groupBy].product, round, () =>
          app.download(url, bearer, file),
        );
        if (run.value.status !== 200)
          throw new Error(
            `GET ${url}: HTTP ${run.value.status} ${fs.readFileSync(file, 'utf8').slice(0, 300)}`,
          );
        timings[groupBy].productBody = JSON.parse(fs.readFileSync(file, 'utf8'));
        cells.push(`${run.seconds.toFixed(3).padStart(7)} s`);
      }
      for (const groupBy of ['commune', 'district'] as const) {
        const run = await timeRun(timings[groupBy].raw, round, () =>
          rawClient.query<CoverageFigures>(rawCoverageSql[groupBy]),
        );
        timings[groupBy].rawRows = run.value.rows;
        cells.push(`${run.seconds.toFixed(3).padStart(7)} s`);
      }
      log(
        `${(round === 0 ? 'warm-up' : String(round)).padEnd(8)}  ${cells[0]}      ${cells[1]}                   ${cells[2]}      ${cells[3]}`,
      );
    }

    // The XLSX export of the commune report, streamed to a file.
    const xlsx = newTiming();
    const xlsxFile = path.join(tmp, 'coverage-commune.xlsx');
    const xlsxUrl = '/api/reports/coverage?groupBy=commune&units=as-held&format=xlsx';
    const xlsxLines: string[] = [];
    for (let round = 0; round <= RUNS; round += 1) {
      const bearer = await token();
      const run = await timeRun(xlsx, round, () => app.download(xlsxUrl, bearer, xlsxFile));
      if (run.value.status !== 200) throw new Error(`GET ${xlsxUrl}: HTTP ${run.value.status}`);
      xlsxLines.push(
        `${round === 0 ? 'warm-up' : round} ${run.seconds.toFixed(3)} s (${fmt(run.value.bytes)} bytes)`,
      );
    }
    log();
    log(`XLSX export (groupBy=commune, 5 years): ${xlsxLines.join(', ')}`);

    log();
    const ratios: Record<Grouping, number> = { commune: 0, district: 0 };
    for (const groupBy of ['commune', 'district'] as const) {
      const t = timings[groupBy];
      const p = median(t.product.seconds);
      const r = median(t.raw.seconds);
      ratios[groupBy] = p / r;
      log(
        `groupBy=${groupBy}: product median ${p.toFixed(3)} s (goal ≤ ${GOAL_SECONDS} s), raw aggregate median ${r.toFixed(3)} s, ` +
          `ratio product / raw ${(p / r).toFixed(3)}×: ${(r / p).toFixed(1)}× faster than the raw aggregate (goal ≥ ${GOAL_SPEEDUP}×)`,
      );
      const paired = t.product.seconds.map((x, i) => x / t.raw.seconds[i]);
      log(
        `  per round (same-round pairs): ${paired.map((x) => `${x.toFixed(2)}×`).join(', ')}; median ${median(paired).toFixed(2)}×`,
      );
    }
    // The dashboard of the latest bench campaign under concurrent users, then a check-in.
    const watcher = new Client({ connectionString: database.url });
    await watcher.connect();
    try {
      const [{ id: campaignId, year }] = (
        await watcher.query<{ id: string; year: number }>(
          `SELECT c.id, c.year FROM campaign c WHERE c.year = $1 ORDER BY c.created_at LIMIT 1`,
          [YEARS[YEARS.length - 1]],
        )
      ).rows;
      const [{ attended }] = (
        await watcher.query<{ attended: number }>(
          `SELECT count(*)::int AS attended FROM registration r JOIN conference f ON f.id = r.conference_id
           WHERE f.campaign_id = $1 AND r.status = 'attended'`,
          [campaignId],
        )
      ).rows;
      const users = Number(args.users);
      const url = `/api/reports/dashboard?campaignId=${campaignId}`;
      await dashboardLoad(app, await token(), url, users, 2);
      const load = await dashboardLoad(
        app,
        await token(),
        url,
        users,
        Number(args['load-seconds']),
      );
      log(
        `dashboard of the ${year} campaign (${fmt(attended)} attendances), ${users} concurrent users for ${args['load-seconds']} s: ` +
          `${fmt(load.requests)} answers, ${load.perSecond.toFixed(0)}/s, p50 ${(load.p50 * 1000).toFixed(1)} ms, ` +
          `p95 ${(load.p95 * 1000).toFixed(1)} ms (goal ≤ ${GOAL_DASHBOARD_P95 * 1000} ms), max ${(load.max * 1000).toFixed(1)} ms`,
      );
      const shown = await checkInToDashboard(app, await token(), watcher, campaignId);
      log(
        `a check-in over HTTP showed on the dashboard ${shown.toFixed(3)} s after its answer (goal ≤ 5 s)`,
      );
    } finally {
      await watcher.end();
    }

    const xlsxMedian = median(xlsx.seconds);
    const jsonMedian = median(timings.commune.product.seconds);
    log(
      `XLSX export median ${xlsxMedian.toFixed(3)} s (${(xlsxMedian / jsonMedian).toFixed(2)}× the JSON report of the same grouping); ` +
        `peak heap used ${mb(xlsx.peakHeap)}, peak RSS ${mb(xlsx.peakRss)}`,
    );
    log(`memory (one process for app and client; ${gcNote()}):`);
    log(
      `  product JSON report: peak heap used ${mb(Math.max(timings.commune.product.peakHeap, timings.district.product.peakHeap))}, peak RSS ${mb(Math.max(timings.commune.product.peakRss, timings.district.product.peakRss))}`,
    );
    log(
      `  process maxRSS (process.resourceUsage, whole run, seeding included): ${mb(maxRssBytes())}`,
    );

    // Checks: the product and the raw aggregate count the same things.
    let ok = true;
    for (const groupBy of ['commune', 'district'] as const) {
      const rows = timings[groupBy].productBody!.rows;
      const differences = compare(rows, timings[groupBy].rawRows!);
      // Every unit with activity: Nam Định's 175 communes and 9 districts, plus the new communes
      // (and the province) where the demo seed's conferences after 1/7/2025 took place.
      const expected = timings[groupBy].rawRows!.length;
      const units = rows.filter((r) => r.key !== null).length;
      const pass = differences.length === 0 && units === expected;
      ok &&= pass;
      log(
        `check: groupBy=${groupBy}: ${units} rows (expected ${expected}); registrations, attended and unique participants ` +
          `${differences.length === 0 ? 'equal the raw aggregate in every row' : `differ in ${differences.length} places: ${differences.slice(0, 5).join('; ')}`}: ${pass ? 'ok' : 'FAILED'}`,
      );
    }
    const ExcelJS = apiRequire('exceljs') as {
      Workbook: new () => {
        xlsx: { readFile(f: string): Promise<unknown> };
        worksheets: Array<{ rowCount: number; name: string }>;
      };
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheet = workbook.worksheets[0];
    const xlsxOk = sheet.rowCount >= 175 + 2;
    ok &&= xlsxOk;
    log(
      `check: the XLSX opens with exceljs; sheet "${sheet.name}" has ${sheet.rowCount} rows (title, filters, header, 175 communes, total): ${xlsxOk ? 'ok' : 'FAILED'}`,
    );

    // Where the product's time goes, when it is far from the limit (or when asked).
    for (const groupBy of ['commune', 'district'] as const) {
      if (!args.explain && ratios[groupBy] <= 1 / GOAL_SPEEDUP) continue;
      const sql = coverageSql(groupBy, 'as-held', 'rollup');
      const params = [null, null, null, null, null, new Date().toISOString().slice(0, 10), '37'];
      const [{ 'QUERY PLAN': json }] = (
        await rawClient.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params)
      ).rows;
      log();
      log(
        `EXPLAIN (ANALYZE, BUFFERS) of the product's coverage SQL (coverage.sql.ts), groupBy=${groupBy}, no filters:`,
      );
      for (const line of summarizePlan((json as PlanRoot[])[0])) log(`  ${line}`);
      // The same SQL straight through pg (no HTTP, no Nest), as configured and with two settings
      // changed: is it the configuration or the query's shape? (commune only; best of two runs each)
      if (groupBy === 'commune') {
        const variants: Array<[string, string[]]> = [
          ['as configured', []],
          ['SET LOCAL jit = off', ['SET LOCAL jit = off']],
          [`SET LOCAL work_mem = '64MB'`, [`SET LOCAL work_mem = '64MB'`]],
          ['both', ['SET LOCAL jit = off', `SET LOCAL work_mem = '64MB'`]],
        ];
        const cells: string[] = [];
        for (const [name, sets] of variants) {
          const times: number[] = [];
          for (let i = 0; i < 2; i += 1) {
            await rawClient.query('BEGIN');
            for (const set of sets) await rawClient.query(set);
            const t0 = process.hrtime.bigint();
            await rawClient.query(sql, params);
            times.push(seconds(t0));
            await rawClient.query('ROLLBACK');
          }
          cells.push(`${name} ${Math.min(...times).toFixed(2)} s`);
        }
        log(`  the product's SQL run directly with pg (no HTTP), best of two: ${cells.join('; ')}`);
      }
      if (args.explain) {
        const text = (await rawClient.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows;
        log(`  full plan:`);
        for (const row of text) log(`    ${row['QUERY PLAN']}`);
        const rawPlan = (
          await rawClient.query(`EXPLAIN (ANALYZE, BUFFERS) ${rawCoverageSql[groupBy]}`)
        ).rows;
        log(`  the raw aggregate's plan, for comparison:`);
        for (const row of rawPlan) log(`    ${row['QUERY PLAN']}`);
      }
    }
    log();
    log(
      `load average at the end: ${loadAverage()} (other work on the machine makes the times noisy; compare ratios)`,
    );
    return ok ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
