/**
 * Start benchmark: how long the built API takes from `node apps/api/dist/main.js` until
 * GET /api/health answers 200, on the embedded database (PGlite), on a fresh data folder and on
 * an existing one, against PGlite alone opening the same folder and answering `select 1`.
 * Run from the repository root: `pnpm bench:start` (see bench/README.md). It prints; it asserts nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { embeddedStartArguments } from '../../apps/api/src/database/pglite-settings';
import { fmt, loadAverage, log, median } from '../support/measure';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const ROOT = path.resolve(__dirname, '../..');
const API = path.join(ROOT, 'apps/api');
const MAIN = path.join(API, 'dist/main.js');
const POLL_MS = 20;
const TIMEOUT_MS = 120_000;

/** PGlite as the API opens it (same version, extensions and settings), timed from the process's start. */
const PGLITE_ALONE = `
const [{ PGlite }, { unaccent }, { pg_trgm }, { btree_gist }] = await Promise.all([
  import('@electric-sql/pglite'),
  import('@electric-sql/pglite/contrib/unaccent'),
  import('@electric-sql/pglite/contrib/pg_trgm'),
  import('@electric-sql/pglite/contrib/btree_gist'),
]);
const db = await PGlite.create(process.argv[1], {
  extensions: { unaccent, pg_trgm, btree_gist },
  startParams: [...PGlite.defaultStartParams, ...${JSON.stringify(embeddedStartArguments())}],
});
await db.query('select 1');
process.stdout.write('ready\\n');
await db.close();
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Milliseconds from spawning the built server until GET /api/health answers 200; then stops it. */
async function startServer(dataDir: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited early:\n${stderr}`);
      if (performance.now() - t0 > TIMEOUT_MS) throw new Error('the server did not get healthy');
      const status = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return performance.now() - t0;
      await sleep(POLL_MS);
    }
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}

/** Milliseconds from spawning a process until PGlite alone has opened `pgdata` and answered. */
async function startPglite(pgdata: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--input-type=module', '-e', PGLITE_ALONE, pgdata], {
    cwd: API,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', () => resolve(performance.now() - t0));
    child.once('exit', (code) => reject(new Error(`PGlite exited with ${code}:\n${stderr}`)));
  });
  await exited(child);
  return ready;
}

function row(label: string, values: number[]): string {
  const ms = (n: number) => `${fmt(n)} ms`.padStart(10);
  return `  ${label.padEnd(40)}${ms(median(values))}${ms(Math.min(...values))}${ms(Math.max(...values))}`;
}

async function main() {
  if (!fs.existsSync(MAIN)) {
    process.stderr.write(
      `No build at ${MAIN}: run \`pnpm turbo run build --filter=@canhgiac/api --filter=@canhgiac/web\` first.\n`,
    );
    process.exit(1);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-bench-start-'));
  const existing = path.join(work, 'existing');
  const results = { fresh: [] as number[], existing: [] as number[] };
  const pglite = { fresh: [] as number[], existing: [] as number[] };
  log(`Start to healthy, embedded database, ${RUNS} runs, health polled every ${POLL_MS} ms`);
  log(`node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`);
  try {
    // The existing folder is one the server created, migrated and seeded; it starts once untimed.
    await startServer(existing);
    // Rounds interleave the four measures, so that other work on the machine spreads over all.
    for (let run = 1; run <= RUNS; run++) {
      const fresh = path.join(work, `fresh-${run}`);
      results.fresh.push(await startServer(fresh));
      results.existing.push(await startServer(existing));
      // PGlite alone opens a copy, so that it never changes the folder the server uses.
      const copy = path.join(work, `copy-${run}`);
      fs.cpSync(path.join(existing, 'pgdata'), copy, { recursive: true });
      pglite.existing.push(await startPglite(copy));
      pglite.fresh.push(await startPglite(path.join(work, `initdb-${run}`)));
      log(
        `  run ${run}: server fresh ${fmt(results.fresh.at(-1)!)} ms, existing ${fmt(results.existing.at(-1)!)} ms; ` +
          `PGlite alone fresh ${fmt(pglite.fresh.at(-1)!)} ms, existing ${fmt(pglite.existing.at(-1)!)} ms`,
      );
      for (const dir of [fresh, copy, path.join(work, `initdb-${run}`)])
        if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!args.keep) fs.rmSync(work, { recursive: true, force: true });
  }
  log();
  log(`  ${''.padEnd(40)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}`);
  log(row('server, existing data folder', results.existing));
  log(row('PGlite alone, same folder (select 1)', pglite.existing));
  log(row('server, fresh data folder', results.fresh));
  log(row('PGlite alone, fresh folder (initdb)', pglite.fresh));
  log();
  log(
    `  server / PGlite alone: existing ${fmt(median(results.existing) / median(pglite.existing), 2)}×, ` +
      `fresh ${fmt(median(results.fresh) / median(pglite.fresh), 2)}×`,
  );
  log(`  load average at the end ${loadAverage()}`);
  if (args.keep) log(`  data folders kept in ${work}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
