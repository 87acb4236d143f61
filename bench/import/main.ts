/**
 * Import benchmark: the product's CSV import over HTTP against a raw COPY of the same rows.
 * Run from the repository root: `pnpm bench:import` (see bench/README.md for the flags).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { indexCosts, timeRawCopy, timeShapedCopy } from './copy-baseline';
import {
  type BenchDatabase,
  checkpoint,
  createBenchDatabase,
  waitForRollups,
  withClient,
} from './database';
import { generateFiles } from './generate';
import { maxRssBytes, mb, median, MemorySampler } from './memory';
import { apiRequire, type Product, startProduct } from './product';
import { StatementProfiler, timeJsOnly } from './profile';

apiRequire('reflect-metadata'); // as apps/api's main.ts does, before Nest builds the app

const { values: args } = parseArgs({
  options: {
    embedded: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    rows: { type: 'string', default: '100000' },
    profile: { type: 'boolean', default: false },
    seed: { type: 'string', default: '20260315' },
    'index-costs': { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const ROWS = Number(args.rows);
const EXISTING = Math.round(ROWS / 10);
const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const log = (line = '') => process.stdout.write(`${line}\n`);

interface ProductRun {
  seconds: number;
  peakHeap: number;
  startHeap: number;
  peakRss: number;
  ok: boolean;
  result: unknown;
}

async function main(): Promise<number> {
  // A conference holds at most 100,000 seats (contracts), so a larger file cannot be imported whole.
  if (
    !Number.isInteger(ROWS) ||
    ROWS < 10 ||
    ROWS > 100_000 ||
    !Number.isInteger(RUNS) ||
    RUNS < 1
  ) {
    process.stderr.write('--rows must be an integer from 10 to 100000, and --runs at least 1\n');
    return 2;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-bench-import-'));
  let database: BenchDatabase | undefined;
  let product: Product | undefined;
  const cleanup = async () => {
    await product?.close().catch((e: unknown) => log(`closing the app failed: ${String(e)}`));
    product = undefined;
    await database
      ?.drop()
      .catch((e: unknown) => log(`dropping ${database?.name} failed: ${String(e)}`));
    database = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

  try {
    const kind = args.embedded ? 'embedded (PGlite, in memory)' : 'PostgreSQL';
    let serverVersion = '';
    if (!args.embedded) {
      serverVersion = await withClient(
        serverUrl,
        async (c) =>
          (await c.query<{ server_version: string }>(`SHOW server_version`)).rows[0].server_version,
      );
    }
    log(
      `Cảnh Giác import benchmark: ${fmt(ROWS)} rows, ${RUNS} runs, ${kind}${serverVersion ? ` ${serverVersion}` : ''}, Node ${process.version}, ${os.cpus().length} CPUs`,
    );

    let started = process.hrtime.bigint();
    const files = await generateFiles({
      csvPath: path.join(tmp, 'danh-sach-hoi-vien.csv'),
      copyPath: path.join(tmp, 'rows.copy'),
      rows: ROWS,
      existingCount: EXISTING,
      phoneShare: 0.7,
      seed: Number(args.seed),
    });
    log(
      `file: ${fmt(files.rows)} rows (${fmt(files.withPhone)} with a phone, ${fmt(files.existing.length)} already in the registry, ` +
        `${files.communes} communes), ${(files.csvBytes / 1024 / 1024).toFixed(1)} MB CSV; generated in ${seconds(started).toFixed(2)} s`,
    );

    started = process.hrtime.bigint();
    if (args.embedded) {
      product = await startProduct({ kind: 'embedded' });
    } else {
      database = await createBenchDatabase(serverUrl);
      product = await startProduct({ kind: 'postgres', url: database.url });
    }
    const token = await product.login();
    const campaignId = await product.createCampaign(token);
    log(
      `app ready and staff logged in after ${seconds(started).toFixed(2)} s (fresh database: migrations + demo seed)`,
    );
    started = process.hrtime.bigint();
    await product.insertExisting(files.existing);
    log(
      `${fmt(files.existing.length)} people inserted into the registry in ${seconds(started).toFixed(2)} s (one INSERT … SELECT FROM jsonb_to_recordset)`,
    );

    // Statement timing wraps node-postgres, so it exists on PostgreSQL only; the JS-only timing runs on both.
    const profiler = args.profile && database ? new StatementProfiler() : undefined;
    if (args.profile) {
      await timeJsOnly(files.csvPath); // warms the JIT up, as an app that has served imports before is
      const js = await timeJsOnly(files.csvPath);
      log(
        `profile: JS only (warm, no HTTP, no database): csv-parse ${js.parseSeconds.toFixed(2)} s (${fmt(js.rows / js.parseSeconds)} rows/s); ` +
          `csv-parse + header mapping + contracts validation ${js.validateSeconds.toFixed(2)} s (${fmt(js.rows / js.validateSeconds)} rows/s)`,
      );
      if (!profiler)
        log(
          'profile: statement timing needs PostgreSQL (it wraps node-postgres); not available with --embedded',
        );
      profiler?.install();
    }

    const copyRuns: number[] = [];
    const shapedRuns: number[] = [];
    const copyMemory = new MemorySampler();
    const productRuns: ProductRun[] = [];
    log();
    log(
      `run  product import (HTTP)          raw COPY FROM STDIN           COPY into product-shaped tables`,
    );
    for (let run = 1; run <= RUNS; run += 1) {
      let copyCell = 'n/a (embedded)';
      if (database) {
        await withClient(database.url, waitForRollups);
        copyMemory.start();
        const copy = await withClient(database.url, (client) =>
          timeRawCopy(client, files.copyPath, run),
        );
        copyMemory.stop();
        if (copy.rows !== files.rows)
          throw new Error(`COPY loaded ${copy.rows} rows, not ${files.rows}`);
        copyRuns.push(copy.seconds);
        copyCell = `${copy.seconds.toFixed(2).padStart(6)} s ${fmt(files.rows / copy.seconds).padStart(9)} rows/s`;
      }

      const conferenceId = await product.createConference(token, campaignId, files.rows);
      if (database) {
        const shaped = await withClient(database.url, async (client) => {
          const { rows } = await client.query<{ id: string }>(
            `SELECT id FROM app_user WHERE username = 'staff'`,
          );
          return timeShapedCopy(client, files.copyPath, conferenceId, rows[0].id, run);
        });
        if (shaped.rows !== files.rows)
          throw new Error(`shaped COPY loaded ${shaped.rows} rows, not ${files.rows}`);
        shapedRuns.push(shaped.seconds);
        copyCell += `   ${shaped.seconds.toFixed(2).padStart(6)} s ${fmt(files.rows / shaped.seconds).padStart(9)} rows/s`;
      }
      if (database) await withClient(database.url, checkpoint);
      profiler?.reset();
      const memory = new MemorySampler();
      memory.start();
      const t0 = process.hrtime.bigint();
      const response = await product.importFile(token, conferenceId, files.csvPath);
      const elapsed = seconds(t0);
      memory.stop();
      const statements = profiler?.report() ?? [];
      const result = response.body as {
        rows?: number;
        created?: number;
        matchedExisting?: number;
        alreadyRegistered?: number;
      };
      const counts = await product.counts(conferenceId);
      const ok =
        response.status === 200 &&
        result.rows === files.rows &&
        result.created === files.rows &&
        result.matchedExisting === files.existing.length &&
        result.alreadyRegistered === 0 &&
        counts.registrations === files.rows;
      productRuns.push({
        seconds: elapsed,
        peakHeap: memory.peakHeapUsed,
        startHeap: memory.startHeapUsed,
        peakRss: memory.peakRss,
        ok,
        result: response.body,
      });
      log(
        `${String(run).padEnd(4)} ${elapsed.toFixed(2).padStart(6)} s ${fmt(files.rows / elapsed).padStart(9)} rows/s ` +
          `${ok ? 'ok  ' : 'FAIL'}     ${copyCell}`,
      );
      if (!ok)
        log(
          `     HTTP ${response.status}: ${JSON.stringify(response.body).slice(0, 800)}; registrations in the database: ${counts.registrations}`,
        );
      if (profiler) {
        for (const s of statements)
          log(
            `       ${s.seconds.toFixed(3).padStart(7)} s  ×${String(s.calls).padEnd(3)} ${s.text}`,
          );
      }
      if (run < RUNS) {
        profiler?.uninstall();
        await product.undoImport(conferenceId);
        profiler?.install();
      }
    }
    profiler?.uninstall();

    const productMedian = median(productRuns.map((r) => r.seconds));
    log();
    log(
      `product import, median: ${productMedian.toFixed(2)} s = ${fmt(files.rows / productMedian)} rows/s (upload, stream parse, validation, COPY into staging, matching, inserts, commit)`,
    );
    if (copyRuns.length > 0) {
      const copyMedian = median(copyRuns);
      log(
        `raw COPY, median:       ${copyMedian.toFixed(2)} s = ${fmt(files.rows / copyMedian)} rows/s (the physical limit: the same rows, normalized, into a bare table)`,
      );
      log(`ratio product / COPY:   ${(productMedian / copyMedian).toFixed(1)}× (goal ≤ 2×)`);
      const shapedMedian = median(shapedRuns);
      log(
        `COPY into product-shaped tables, median: ${shapedMedian.toFixed(2)} s = ${fmt(files.rows / shapedMedian)} rows/s ` +
          `(people and registrations with the product's indexes, checks and foreign keys; no matching)`,
      );
      log(
        `ratio product / shaped COPY: ${(productMedian / shapedMedian).toFixed(2)}× (goal ≤ 1.3×)`,
      );
      if (args['index-costs'] && database) {
        const url = database.url;
        const conferenceId = await product.createConference(token, campaignId, files.rows);
        const costs = await withClient(url, async (client) => {
          const { rows } = await client.query<{ id: string }>(
            `SELECT id FROM app_user WHERE username = 'staff'`,
          );
          return indexCosts(client, files.copyPath, conferenceId, rows[0].id, 2);
        });
        log();
        log(
          `what each index and the foreign keys add to the COPY into product-shaped tables (${costs.all.toFixed(2)} s with everything; best of 2, alternating):`,
        );
        for (const c of costs.costs)
          log(
            `  ${c.seconds >= 0 ? '+' : '−'}${Math.abs(c.seconds).toFixed(2)} s  ${((c.seconds / costs.all) * 100).toFixed(0).padStart(3)}%  ${c.table ? `${c.table}.` : ''}${c.name}`,
          );
      }
    }
    const worst = productRuns.reduce((a, b) => (b.peakHeap > a.peakHeap ? b : a));
    const gcNote = (globalThis as { gc?: unknown }).gc
      ? 'a full GC before each phase'
      : 'no --expose-gc: heap figures include old garbage';
    log(`memory (one process for app, HTTP client and generator; ${gcNote}):`);
    log(
      `  product import: peak heap used ${mb(worst.peakHeap)} (${mb(worst.startHeap)} at its start), ` +
        `peak RSS ${mb(Math.max(...productRuns.map((r) => r.peakRss)))}`,
    );
    if (copyRuns.length > 0) {
      log(
        `  raw COPY:       peak heap used ${mb(copyMemory.peakHeapUsed)}, peak RSS ${mb(copyMemory.peakRss)}`,
      );
    }
    log(`  process maxRSS: ${mb(maxRssBytes())}`);
    const failed = productRuns.filter((r) => !r.ok).length;
    log(
      failed === 0
        ? `check: every run answered created=${fmt(files.rows)}, matchedExisting=${fmt(files.existing.length)}, alreadyRegistered=0: ok`
        : `check: ${failed} of ${RUNS} runs did not create ${files.rows} registrations with ${files.existing.length} matched people: FAILED`,
    );
    return failed === 0 ? 0 : 1;
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
