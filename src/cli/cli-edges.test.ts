import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { CaseSchema } from '../core/case/case.ts';
import { PersonSchema } from '../core/person/person.ts';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { BIN, holdWriteLock, ROOT, runCli } from '../../test/support/cli.ts';
import { cliActor } from './context.ts';
import { visibleText } from './output.ts';
import { progressLine, renderProgress } from './progress.ts';

test('printed text cannot drive the terminal: control characters but line breaks and tabs become escapes', () => {
  assert.equal(
    visibleText('Ok\u001b[31mRED\u001b[0m\r\n\tnext\u009b'),
    'Ok\\u001b[31mRED\\u001b[0m\\u000d\n\tnext\\u009b',
  );
  assert.equal(visibleText('Мамай — «массовые беспорядки»'), 'Мамай — «массовые беспорядки»');
});

test('a title is one line: a stored title cannot forge a row of a listing', () => {
  const kase = (title: string) => CaseSchema.safeParse({ id: 'case:a', jurisdiction: 'kz', title });
  assert.equal(kase('Zhanbolat Mamay: “mass riots”').success, true);
  for (const forged of ['Ok\ncase:fake\tFAKE', 'Ok\u001b[31m', 'tab\there']) {
    const parsed = kase(forged);
    assert.equal(parsed.success, false, forged);
    assert.match(parsed.error?.issues[0]?.message ?? '', /one line of text/);
  }
});

test('the CLI acts as a named user: an empty CASEWATCH_USER falls back to the OS user', () => {
  assert.equal(cliActor({ CASEWATCH_USER: 'aigerim', CASEWATCH_ROLE: 'viewer' }).id, 'cli:aigerim');
  const blank = cliActor({ CASEWATCH_USER: '  ' });
  assert.notEqual(blank.id, 'cli:');
  assert.equal(blank.id, `cli:${userInfo().username}`);
  assert.throws(() => cliActor({ CASEWATCH_ROLE: 'superuser' }), /CASEWATCH_ROLE must be one of/);
});

const DEMO = join(ROOT, 'data', 'demo', 'mamay.bundle.json');
/** Whether `script` can give a command a terminal, to see what a person at one sees. */
const hasScript = spawnSync('script', ['--version']).status === 0;

test('a second writer waits its turn, and a wait too long is a conflict that says to retry (exit 5)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-lock-'));
  const db = join(dir, 'cw.db');
  try {
    assert.equal(runCli({ CASEWATCH_DB: db }, ['case', 'list']).code, 0);
    await holdWriteLock(db, 1500);
    const waited = runCli({ CASEWATCH_DB: db }, ['import', DEMO]);
    assert.equal(waited.code, 0, waited.stderr);
    assert.equal(waited.stderr, '', 'piped, a wait is not announced');

    const other = join(dir, 'other.bundle.json');
    writeFileSync(other, JSON.stringify({ format: 'casewatch-bundle', formatVersion: 1, cases: [] }));
    const holder = await holdWriteLock(db);
    try {
      const refused = runCli({ CASEWATCH_DB: db, CASEWATCH_LOCK_WAIT: '1' }, ['import', other]);
      assert.equal(refused.code, 5);
      assert.match(
        refused.stderr,
        /^casewatch: the database \S+cw\.db was still busy with another write after 1 s; retry when that write has finished\n$/,
      );
      if (hasScript) {
        const command = [process.execPath, BIN, 'import', other].map((a) => `'${a}'`).join(' ');
        const { CASEWATCH_DB: _db, DATABASE_URL: _url, ...env } = process.env;
        const onTerminal = spawnSync('script', ['-qfec', command, '/dev/null'], {
          env: { ...env, CASEWATCH_DB: db, CASEWATCH_LOCK_WAIT: '1' },
          encoding: 'utf8',
        });
        assert.match(
          onTerminal.stdout,
          /casewatch: another process is writing to \S+cw\.db; waiting for it to finish/,
        );
      }
    } finally {
      holder.kill();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('from another folder: the law is found where casewatch is installed, and a new database says where it is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-elsewhere-'));
  try {
    const first = runCli({}, ['import', DEMO], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, `casewatch: created a new database at ${join(dir, 'data', 'casewatch.db')}\n`);
    const facts = runCli({}, ['facts', 'Mamay', '--as-of', '2023-02-01'], dir);
    assert.equal(facts.code, 0, facts.stderr);
    assert.match(facts.stdout, /Maximum exposure: 10 years/);
    assert.equal(facts.stderr, '', 'said once, when it was made');
    const other = join(dir, 'asked-for.db');
    const quiet = runCli({ CASEWATCH_DB: other }, ['case', 'list', '--json'], dir);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.equal(quiet.stderr, '', 'not under --json');
    assert.equal(existsSync(other), true);
    assert.deepEqual(
      readdirSync(dir).sort(),
      ['asked-for.db', 'data'],
      'nothing made but what was asked for',
    );
    const overridden = runCli({ CASEWATCH_LAW_DIR: join(dir, 'no-law') }, ['facts', 'Mamay'], dir);
    assert.notEqual(overridden.code, 0);
    assert.match(overridden.stderr, /no-law/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('text has a size: a title is at most 1,000 characters, a summary 20,000, and lists are bounded', () => {
  const kase = (fields: object) =>
    CaseSchema.safeParse({ id: 'case:a', jurisdiction: 'kz', title: 'T', ...fields });
  assert.equal(kase({ title: 'x'.repeat(1_000), summary: 'y'.repeat(20_000) }).success, true);
  for (const [field, value] of [
    ['title', 'x'.repeat(1_001)],
    ['summary', 'y'.repeat(20_001)],
    ['groups', ['g'.repeat(101)]],
    ['themes', Array.from({ length: 101 }, (_, i) => `theme ${i}`)],
    ['participants', Array.from({ length: 5_001 }, () => ({ person: 'person:p', role: 'defendant' }))],
  ] as const) {
    const parsed = kase({ [field]: value });
    assert.equal(parsed.success, false, field);
    assert.match(parsed.error?.issues[0]?.message ?? '', /Too big/, field);
  }
  const quote = { source: 'source:s', quote: 'q'.repeat(20_001) };
  assert.equal(kase({ sources: [quote] }).success, false, 'a quote');
});

test('names and titles refuse controls of writing direction, which let one name display as another', () => {
  const name = (value: string) =>
    PersonSchema.safeParse({
      id: 'person:p',
      names: [{ value, script: 'Latn', language: 'en', kind: 'native' }],
    });
  for (const control of ['\u202a', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c']) {
    const parsed = name(`Ali\u0020${control}vomaM`);
    assert.equal(parsed.success, false, `U+${control.charCodeAt(0).toString(16)}`);
    assert.match(parsed.error?.issues[0]?.message ?? '', /controls of writing direction/);
    const title = CaseSchema.safeParse({ id: 'case:a', jurisdiction: 'kz', title: `Case ${control}1` });
    assert.equal(title.success, false);
  }
  // Scripts written right to left, and the joiners some of them need, are names like any other.
  for (const value of ['Жанболат Мамай', 'محمد علي', 'می\u200cخواهم'])
    assert.equal(name(value).success, true, value);
});

/** Writes a bundle of these collections into the folder and returns its path. */
function bundleFile(dir: string, name: string, collections: object): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ format: 'casewatch-bundle', formatVersion: 1, ...collections }));
  return file;
}

test('an import with many issues lists the first hundred and says how many there are in all', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-issues-'));
  try {
    const cases = Array.from({ length: 1_334 }, (_, i) => ({
      id: `case:c${i}`,
      jurisdiction: 'kz',
      title: '',
    }));
    const file = bundleFile(dir, 'many.bundle.json', { cases });
    const env = { CASEWATCH_DB: join(dir, 'cw.db') };
    assert.equal(runCli(env, ['case', 'list', '--json']).code, 0);
    const text = runCli(env, ['import', file]);
    assert.equal(text.code, 4);
    const lines = text.stderr.trimEnd().split('\n');
    assert.equal(lines[0], 'casewatch: import.invalid_record');
    assert.equal(lines.length, 1 + 100 + 1);
    assert.match(lines[1] ?? '', /\$\.cases\[0\]\.title \(case "case:c0"\): /);
    assert.match(lines[100] ?? '', /\$\.cases\[99\]\.title \(case "case:c99"\): /);
    assert.equal(lines[101], '  … and 1,234 more issues; 1,334 in all');
    const json = runCli(env, ['import', file, '--json']);
    const error = (JSON.parse(json.stderr) as { error: { issues: unknown[]; total: number } }).error;
    assert.deepEqual([error.issues.length, error.total], [100, 1_334]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an ambiguous name lists twenty of the cases it matches, by id with title and defendants, and how to narrow it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-ambiguous-'));
  try {
    const n = 23;
    const persons = Array.from({ length: n }, (_, i) => ({
      id: `person:nurlan-${i + 10}`,
      names: [{ value: `Nurlan Test${i + 10}`, script: 'Latn', language: 'en', kind: 'native' }],
    }));
    const cases = persons.map((p, i) => ({
      id: `case:nurlan-${i + 10}`,
      jurisdiction: 'kz',
      title: `The case of Nurlan ${i + 10}`,
      participants: [{ person: p.id, role: 'defendant' }],
    }));
    const env = { CASEWATCH_DB: join(dir, 'cw.db') };
    const imported = runCli(env, ['import', bundleFile(dir, 'nurlans.bundle.json', { persons, cases })]);
    assert.equal(imported.code, 0, imported.stderr);
    const run = runCli(env, ['case', 'show', 'Nurlan']);
    assert.equal(run.code, 5);
    const lines = run.stderr.trimEnd().split('\n');
    assert.match(
      lines[0] ?? '',
      /^casewatch: "Nurlan" matches 23 cases \(the first 20 of 23\); give a case id or more of the name/,
    );
    assert.equal(lines.length, 1 + 20);
    assert.equal(lines[1], '  case:nurlan-10  The case of Nurlan 10 (Nurlan Test10)');
    const narrowed = runCli(env, ['case', 'show', 'Nurlan Test12', '--json']);
    assert.equal(narrowed.code, 0, narrowed.stderr);
    assert.equal((JSON.parse(narrowed.stdout) as { id: string }).id, 'case:nurlan-12');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an import's progress reads as a person reads it, and is redrawn a few times a second at most", () => {
  const mb = 1024 * 1024;
  assert.equal(
    renderProgress({ bytesRead: 45.2 * mb, totalBytes: 120 * mb, records: 37_612 }, 30_000),
    'Importing: 45.2 MB of 120.0 MB (37%), 37,612 records, 1,254 records/s, about 50 s left',
  );
  assert.equal(
    renderProgress({ bytesRead: 10 * mb, totalBytes: 100 * mb, records: 9_000 }, 10_000),
    'Importing: 10.0 MB of 100.0 MB (10%), 9,000 records, 900 records/s, about 1 min 30 s left',
  );
  assert.equal(
    renderProgress({ bytesRead: 512 * 1024, totalBytes: 2 * mb, records: 1 }, 500),
    'Importing: 512 KB of 2.0 MB (25%), 1 record',
    'no rate nor time left in the first second',
  );
  let now = 0;
  const written: string[] = [];
  const line = progressLine({ write: (text: string) => written.push(text), columns: 40 }, () => now);
  for (let ms = 0; ms <= 1_000; ms += 50) {
    now = ms;
    line.update({ bytesRead: ms * 1000, totalBytes: 2 * mb, records: ms });
  }
  line.end();
  assert.equal(written.length, 4 + 1, 'at 250, 500, 750 and 1,000 ms, then cleared');
  assert.ok(written.slice(0, 4).every((w) => w.startsWith('\rImporting: ') && w.endsWith('\u001b[K')));
  assert.ok(
    written.every((w) => w.length <= 1 + 39 + 3),
    'cut to the terminal width',
  );
  assert.equal(written[4], '\r\u001b[K');
});

test('an import piped or under --json shows no progress; on a terminal it does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-progress-'));
  try {
    const cases = Array.from({ length: 8_000 }, (_, i) => ({
      id: `case:p${i}`,
      jurisdiction: 'kz',
      title: `Case ${i}`,
      summary: 'A summary that makes the file a little larger. '.repeat(4),
    }));
    const file = bundleFile(dir, 'large.bundle.json', { cases });
    const env = { CASEWATCH_DB: join(dir, 'cw.db') };
    assert.equal(runCli(env, ['case', 'list', '--json']).code, 0);
    const piped = runCli(env, ['import', file, '--dry-run']);
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(piped.stderr, '');
    if (hasScript) {
      const command = [process.execPath, BIN, 'import', file, '--dry-run'].map((a) => `'${a}'`).join(' ');
      const { CASEWATCH_DB: _db, DATABASE_URL: _url, ...rest } = process.env;
      const onTerminal = spawnSync('script', ['-qfec', command, '/dev/null'], {
        env: { ...rest, ...env },
        encoding: 'utf8',
      });
      assert.match(onTerminal.stdout, /\rImporting: [\d.]+ [KM]B of [\d.]+ MB \(\d+%\), [\d,]+ records/);
      assert.ok(
        onTerminal.stdout.includes('\r\u001b[KDry run: would import 8000 cases'),
        'cleared before the result',
      );
      const json = spawnSync('script', ['-qfec', `${command} --json`, '/dev/null'], {
        env: { ...rest, ...env },
        encoding: 'utf8',
      });
      assert.doesNotMatch(json.stdout, /Importing:/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('casewatch … | head ends quietly: a reader that stops early is no error (exit 0, nothing on stderr)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-pipe-'));
  try {
    const cases = Array.from({ length: 1_500 }, (_, i) => ({
      id: `case:h${i}`,
      jurisdiction: 'kz',
      title: `Case ${i}`,
    }));
    const db = join(dir, 'cw.db');
    assert.equal(
      runCli({ CASEWATCH_DB: db }, ['import', bundleFile(dir, 'h.bundle.json', { cases })]).code,
      0,
    );
    // More than a pipe holds (64 KiB), so the writer meets the closed end.
    for (const command of ['case list --limit 1000 --json', 'export']) {
      const script = `'${process.execPath}' '${BIN}' ${command} 2>'${join(dir, 'err')}' | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`;
      const run = spawnSync('bash', ['-c', script], {
        env: { ...process.env, CASEWATCH_DB: db },
        encoding: 'utf8',
      });
      assert.equal(run.stdout.trim(), '0', command);
      assert.equal(readFileSync(join(dir, 'err'), 'utf8'), '', command);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a formatVersion written as text is refused with a message that asks for a number', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-version-'));
  try {
    const file = join(dir, 'quoted.bundle.json');
    writeFileSync(file, JSON.stringify({ format: 'casewatch-bundle', formatVersion: '1', cases: [] }));
    const run = runCli({ CASEWATCH_DB: ':memory:' }, ['import', file]);
    assert.equal(run.code, 4);
    assert.equal(
      run.stderr,
      `casewatch: ${file} $.formatVersion: formatVersion must be a number, not "1": write "formatVersion": 1\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
