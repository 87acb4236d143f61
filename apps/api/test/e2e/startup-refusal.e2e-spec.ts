import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/database.options';
import { migrateDatabase } from '../../src/database/migration-checksums';
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from '../support/test-database';

jest.setTimeout(240_000);

const API_DIR = path.resolve(__dirname, '../..');

/** Starts the real server (`src/main.ts`) and waits for it to be ready or to stop. */
function startServer(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: API_DIR,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        DEMO_SEED: 'false',
        LOG_LEVEL: 'warn',
        JWT_SECRET: 'startup-refusal-test-secret-0123456789abcdef',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('is ready at')) child.kill('SIGTERM');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.each(testDatabaseKinds())(
  'start on a database whose migration has changed (%s)',
  (kind) => {
    let database: TestDatabase;
    let dataDir: string | undefined;

    beforeAll(async () => {
      if (kind === 'embedded') {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-refusal-'));
        database = {
          target: { kind: 'embedded', dataDir: path.resolve(dataDir) },
          drop: async () => undefined,
        };
      } else {
        database = await createTestDatabase(kind);
      }
      const dataSource = await new DataSource(buildDataSourceOptions(database.target)).initialize();
      try {
        await migrateDatabase(dataSource);
        // As if Hardening had been edited after this database ran it.
        await dataSource.query(
          `UPDATE migration_checksum SET checksum = repeat('0', 64) WHERE name = 'Hardening1764835200000'`,
        );
      } finally {
        await dataSource.destroy();
      }
    });

    afterAll(async () => {
      await database.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('is refused with a message that names the migration, and never listens', async () => {
      const env: Record<string, string> =
        database.target.kind === 'postgres'
          ? { DATABASE_URL: database.target.url }
          : { DATA_DIR: dataDir! };
      const { code, output } = await startServer(env);
      expect(output).not.toContain('is ready at');
      expect(output).toContain(
        'Refusing to start: a migration that already ran on this database has changed since: Hardening1764835200000 (recorded checksum 000000000000…',
      );
      expect(code).not.toBe(0);
    });
  },
);
