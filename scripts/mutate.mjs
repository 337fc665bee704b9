#!/usr/bin/env node
// npm run mutate [-- PATH… [STRYKER FLAGS]]: mutation testing of the core, one folder at a time (docs/TESTING.md).
// A PATH is a folder (src/core/facts) or a file in one (src/core/facts/status.ts); by default, the three below.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FOLDERS = ['src/core/facts', 'src/core/access', 'src/core/record'];

/** Beyond a folder's own *.test.ts files, the tests that exercise its code. */
const MORE_TESTS = {
  'src/core/access': ['src/core/case/case.service.test.ts', 'test/access-matrix.test.ts'],
};

/** What the tests stand on: when any of it changes, earlier results are not reused. */
const SUPPORT = ['test/support', 'test/fixtures', 'data/law', 'scripts/test-in-process.mjs'];

// Paths first, then Stryker's own flags, passed on as they are (`--concurrency 1`, `--logLevel debug`).
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('-'));
const flags = firstFlag < 0 ? [] : args.slice(firstFlag);
const paths = (firstFlag < 0 ? args : args.slice(0, firstFlag)).map((p) => p.replace(/\/+$/, ''));

/** Folder → the files to mutate in it (empty: the whole folder). */
const selection = new Map();
for (const path of paths.length > 0 ? paths : FOLDERS) {
  if (!existsSync(path)) {
    console.error(`mutate: no such file or folder: ${path}`);
    process.exit(2);
  }
  const isFolder = statSync(path).isDirectory();
  const folder = isFolder ? path : dirname(path);
  const files = selection.get(folder) ?? [];
  if (isFolder) files.length = 0;
  else if (!selection.has(folder) || files.length > 0) files.push(path);
  selection.set(folder, files);
}

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function testsOf(folder) {
  const own = readdirSync(folder)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(folder, f));
  return [...own, ...(MORE_TESTS[folder] ?? []).filter((f) => existsSync(f))];
}

let failed = false;
for (const [folder, files] of selection) {
  const name = folder.split('/').at(-1);
  const tests = testsOf(folder);
  // The command runner cannot tell which test covers which mutant, so incremental mode would reuse a survivor
  // after the tests changed: then every mutant of the folder runs again (--force).
  const hash = createHash('sha256');
  for (const file of [...tests, ...SUPPORT.flatMap(filesUnder)]) hash.update(file).update(readFileSync(file));
  const testsHash = hash.digest('hex');
  const hashFile = `reports/stryker-incremental-${name}.tests`;
  const isStale = !existsSync(hashFile) || readFileSync(hashFile, 'utf8') !== testsHash;
  const extra = isStale && !flags.includes('--force') ? ['--force'] : [];
  console.log(`mutate: ${files.length > 0 ? files.join(' ') : folder} against ${tests.join(' ')}`);
  if (extra.length > 0) console.log('mutate: the tests changed since the last run, so no result is reused');
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...flags, ...extra], {
    stdio: 'inherit',
    env: {
      ...process.env,
      CASEWATCH_MUTATE_FOLDER: folder,
      CASEWATCH_MUTATE_FILES: files.join(' '),
      CASEWATCH_MUTATE_TESTS: tests.join(' '),
    },
  });
  if (run.status !== 0) failed = true;
  // Only a run over the whole folder brings every result up to date with the tests.
  else if (files.length === 0 && !flags.includes('--mutate') && !flags.includes('-m')) {
    mkdirSync('reports', { recursive: true });
    writeFileSync(hashFile, testsHash);
  }
}
process.exit(failed ? 1 : 0);
