/**
 * The two-server tier: *.cluster-spec.ts only. Two API processes on one PostgreSQL database, so
 * it needs TEST_DATABASE_URL (the embedded database lives inside one process); `pnpm test` runs
 * it after the fuzz tier whenever TEST_DATABASE_URL is set, as CI does.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/test/cluster'],
  testRegex: '.*\\.cluster-spec\\.ts$',
  testTimeout: 10 * 60 * 1000,
};
