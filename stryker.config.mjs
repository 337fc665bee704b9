// Mutation testing with StrykerJS: small deliberate bugs (mutants), one at a time, each run against the tests of
// one folder. Run it through `npm run mutate` (scripts/mutate.mjs), which chooses the folder, its tests and
// whether earlier results may be reused; docs/TESTING.md says how to read the results.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const folder = process.env.CASEWATCH_MUTATE_FOLDER ?? 'src/core/facts';
const name = folder.split('/').at(-1);
const files = (process.env.CASEWATCH_MUTATE_FILES ?? '').split(' ').filter(Boolean);
const tests = (process.env.CASEWATCH_MUTATE_TESTS ?? '').split(' ').filter(Boolean);
const ownTests = () =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(folder, f));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The command runner knows no coverage: every mutant runs every test of the folder, all in one process
  // (starting tsx per test file would cost more than the tests). Store tests run on SQLite alone here:
  // PG_BIN points nowhere, so their PostgreSQL half is skipped.
  testRunner: 'command',
  commandRunner: {
    command: `CI=false PG_BIN=/nonexistent node --import tsx --test-reporter=dot scripts/test-in-process.mjs ${(tests.length > 0 ? tests : ownTests()).join(' ')}`,
  },
  mutate: files.length > 0 ? files : [`${folder}/**/*.ts`, `!${folder}/**/*.test.ts`],
  concurrency: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['data/*.db', 'data/*.db-*', 'bench/results', '.tmp'],
};
