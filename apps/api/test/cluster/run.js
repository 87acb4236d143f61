/**
 * `pnpm test:cluster`: the two-server tier on PostgreSQL. Without TEST_DATABASE_URL there is no
 * database two processes can share; it says so and does nothing.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write(
    'two-server tier: needs a PostgreSQL server (TEST_DATABASE_URL); not run on the embedded database\n',
  );
  process.exit(0);
}
const jest = path.join(__dirname, '../../node_modules/jest/bin/jest.js');
const result = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    jest,
    '--runInBand',
    '--config',
    path.join(__dirname, 'jest.config.js'),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
