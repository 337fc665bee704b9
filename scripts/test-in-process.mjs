#!/usr/bin/env node
// Runs test files in this one process, not one process per file as `node --test` does: mutation testing runs
// the tests once per mutant, and there starting tsx and loading the law data for every file would dominate.
// Usage: node --import tsx scripts/test-in-process.mjs FILE…   (exit code 1 when a test fails)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node --import tsx scripts/test-in-process.mjs FILE…');
  process.exit(2);
}
for (const file of files) await import(pathToFileURL(resolve(file)).href);
