/**
 * Export and import of the embedded database (PGlite) of Cảnh Giác. The embedded database has
 * no pg_dump: the export is PGlite's own `dumpDataDir()` (a gzipped tarball of its PostgreSQL
 * data directory, taken after a CHECKPOINT), and the import loads such a tarball into an empty
 * DATA_DIR with PGlite's `loadDataDir` option.
 *
 * THE APP MUST BE STOPPED: the embedded database lives inside the app's process, and two
 * processes opening one data directory corrupt it. Both commands refuse to run while a process
 * holds files of the data directory open (checked through /proc on Linux).
 *
 * Run it through the wrappers (export-embedded.sh, import-embedded.sh), or from apps/api:
 *   SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register ../../infra/backup/embedded-dump.ts export <DATA_DIR> <out.tar.gz>
 *   SWC_NODE_PROJECT=tsconfig.json node -r @swc-node/register ../../infra/backup/embedded-dump.ts import <in.tar.gz> <DATA_DIR> [--force]
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { openPglite } from '../../apps/api/src/database/database.options';

type PgliteDb = Awaited<ReturnType<typeof openPglite>>;
interface PgliteModule {
  PGlite: {
    create(
      dataDir: string,
      options: { loadDataDir: Blob; extensions: Record<string, unknown> },
    ): Promise<PgliteDb>;
  };
}

const apiDir = process.env.CANHGIAC_API_DIR ?? path.resolve(__dirname, '../../apps/api');
/** Packages as apps/api resolves them (this folder has no node_modules of its own). */
const apiRequire = createRequire(path.join(apiDir, 'package.json'));

class UsageError extends Error {}

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Processes (other than this one) that hold a file under `dir` open: a running app. Linux only; empty elsewhere. */
function processesUsing(dir: string): number[] {
  if (!fs.existsSync('/proc/self/fd')) return [];
  const real = fs.realpathSync(dir);
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry) || Number(entry) === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // gone, or another user's process
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = fs.readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target === real || target.startsWith(`${real}/`)) {
        found.push(Number(entry));
        break;
      }
    }
  }
  return found;
}

function refuseIfInUse(pgdata: string) {
  if (!fs.existsSync(pgdata)) return;
  const pids = processesUsing(pgdata);
  if (pids.length > 0) {
    throw new UsageError(
      `the database in ${pgdata} is open in process ${pids.join(', ')} (the app?). Stop the app first: ` +
        'the embedded database can only be exported or replaced while nothing uses it.',
    );
  }
}

/** A few figures to print, so the operator sees what the file holds. */
async function summary(db: PgliteDb): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  const { rows } = await db.query<{ migrations: number }>(
    `SELECT count(*)::int AS migrations FROM migrations`,
  );
  figures.migrations = rows[0].migrations;
  for (const table of [
    'campaign',
    'conference',
    'person',
    'registration',
    'certificate',
    'leaflet_allocation',
    'app_user',
  ]) {
    const result = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    figures[table] = result.rows[0].n;
  }
  return figures;
}

function writeAtomically(file: string, data: Uint8Array) {
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w', 0o600);
  try {
    fs.writeSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}

async function exportDataDir(dataDir: string, out: string) {
  const pgdata = path.join(dataDir, 'pgdata');
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION')))
    throw new UsageError(`no embedded database in ${dataDir} (no pgdata/PG_VERSION)`);
  refuseIfInUse(pgdata);
  if (fs.existsSync(path.join(pgdata, 'postmaster.pid'))) {
    say(
      'note: the app was not stopped cleanly last time; opening the database recovers it first (as a restart would).',
    );
  }
  // The product's own opener: same extensions, same parsers; it recovers after an unclean stop.
  const db = await openPglite(dataDir);
  let tarball: Uint8Array;
  let figures: Record<string, number | string>;
  try {
    figures = await summary(db);
    // Everything on disk in the data files, so the tarball needs no WAL replay when loaded.
    await db.exec('CHECKPOINT');
    const blob = await db.dumpDataDir('gzip');
    tarball = new Uint8Array(await blob.arrayBuffer());
  } finally {
    await db.close();
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  writeAtomically(out, tarball);
  say(
    `exported ${pgdata} to ${out} (${(tarball.length / 1048576).toFixed(1)} MB): ${JSON.stringify(figures)}`,
  );
}

async function importTarball(file: string, dataDir: string, force: boolean) {
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const data = fs.readFileSync(file);
  // A damaged file is refused before anything is touched.
  try {
    const tar = data[0] === 0x1f && data[1] === 0x8b ? zlib.gunzipSync(data) : data;
    if (tar.length < 1024 || tar.subarray(257, 262).toString('latin1') !== 'ustar')
      throw new Error('not a tar archive');
  } catch (error) {
    throw new UsageError(`${file} is not a readable export (${(error as Error).message})`);
  }
  const pgdata = path.join(dataDir, 'pgdata');
  let movedAside: string | undefined;
  if (fs.existsSync(pgdata) && fs.readdirSync(pgdata).length > 0) {
    if (!force) {
      throw new UsageError(
        `${pgdata} already holds a database. Import into an empty DATA_DIR, or pass --force to move the existing one aside.`,
      );
    }
    refuseIfInUse(pgdata);
    movedAside = `${pgdata}.replaced-${new Date().toISOString().replace(/[:.]/gu, '-')}`;
    fs.renameSync(pgdata, movedAside);
    say(`moved the existing database aside to ${movedAside}`);
  }
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // The same extensions as openPglite; PGlite refuses to load over an existing database.
    const { PGlite } = apiRequire('@electric-sql/pglite') as PgliteModule;
    const extensions = {
      unaccent: apiRequire('@electric-sql/pglite/contrib/unaccent').unaccent,
      pg_trgm: apiRequire('@electric-sql/pglite/contrib/pg_trgm').pg_trgm,
      btree_gist: apiRequire('@electric-sql/pglite/contrib/btree_gist').btree_gist,
    };
    const loadDataDir = new Blob([data], {
      type: data[0] === 0x1f ? 'application/x-gzip' : 'application/x-tar',
    });
    const loaded = await PGlite.create(pgdata, { loadDataDir, extensions });
    await loaded.exec('CHECKPOINT');
    await loaded.close();
    // Opened again the way the app opens it: it must start and hold the product's tables.
    const db = await openPglite(dataDir);
    try {
      say(`imported ${file} into ${pgdata}: ${JSON.stringify(await summary(db))}`);
    } finally {
      await db.close();
    }
  } catch (error) {
    fs.rmSync(pgdata, { recursive: true, force: true });
    if (movedAside) {
      fs.renameSync(movedAside, pgdata);
      say(`import failed; the previous database is back in ${pgdata}`);
    }
    throw error;
  }
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const force = rest.includes('--force');
  const args = rest.filter((a) => a !== '--force');
  if (command === 'export' && args.length === 2)
    return exportDataDir(path.resolve(args[0]), path.resolve(args[1]));
  if (command === 'import' && args.length === 2)
    return importTarball(path.resolve(args[0]), path.resolve(args[1]), force);
  throw new UsageError(
    'usage: embedded-dump.ts export <DATA_DIR> <out.tar.gz> | import <in.tar.gz> <DATA_DIR> [--force]',
  );
}

apiRequire('reflect-metadata');
main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    say(
      error instanceof UsageError
        ? `error: ${error.message}`
        : `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
