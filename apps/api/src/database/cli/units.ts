import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { InvalidEnvironmentError, parseEnv } from '../../config/env.schema';
import {
  loadReorganization,
  loadStatistics,
  UnitsLoadError,
} from '../../modules/admin-units/units-loader';
import { buildDataSourceOptions } from '../database.options';

/**
 * `pnpm --filter @canhgiac/api run units:load <file.json>`: a new period of a province's
 * commune-level units with their successions (the shape of ninh-binh-2025-units.json).
 * `pnpm --filter @canhgiac/api run units:statistics <file.json>`: official population and area
 * figures as of a day, with their source. Each runs in one transaction against the database the
 * server uses (DATABASE_URL, or the embedded one in DATA_DIR: stop the server first).
 */
async function main() {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'load' && command !== 'statistics') || !file) {
    process.stderr.write(
      'Cách dùng (usage): units load <tệp.json> | units statistics <tệp.json>\n',
    );
    return 64; // EX_USAGE
  }
  const config = parseEnv(process.env);
  let input: unknown;
  try {
    input = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch (error) {
    process.stderr.write(`Không đọc được tệp ${file}: ${(error as Error).message}\n`);
    return 66; // EX_NOINPUT
  }
  const dataSource = new DataSource(buildDataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const origin = path.basename(file);
    const result = await dataSource.transaction((manager): Promise<object> =>
      command === 'load'
        ? loadReorganization(manager, input, origin)
        : loadStatistics(manager, input, origin),
    );
    process.stdout.write(`Đã nạp (loaded): ${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UnitsLoadError) {
      process.stderr.write(`${error.message}\n`);
      return 65; // EX_DATAERR
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof InvalidEnvironmentError ? error.message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exit(1);
  },
);
