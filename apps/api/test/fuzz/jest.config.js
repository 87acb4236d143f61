/**
 * The fuzz tier: *.fuzz-spec.ts only (the main config's testRegex matches spec|int-spec|e2e-spec).
 * Same transform and module mapping as the other API tests. The API's `test` script runs it last
 * with its fixed seed; `pnpm test:fuzz` runs it alone (FUZZ_RUNS / FUZZ_SEED for a longer run).
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/test/fuzz'],
  testRegex: '.*\\.fuzz-spec\\.ts$',
  // The long run (FUZZ_RUNS=12000) takes minutes; each request has its own timeout.
  testTimeout: 60 * 60 * 1000,
};
