import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { postgresSkipReason } from './support/postgres.ts';
import { createTestDatabase } from './support/stores.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'casewatch.mjs');
const DEMO = join(import.meta.dirname, '..', 'data', 'demo', 'mamay.bundle.json');
const CASE = 'case:kz-mamay-2022';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

type Env = Record<string, string>;

function casewatch(env: Env, ...args: string[]): Run {
  const { CASEWATCH_DB: _db, DATABASE_URL: _url, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...rest, CASEWATCH_USER: 'tester', ...env },
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '..'),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonOf(run: Run): unknown {
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout);
}

function caseCount(env: Env): number {
  return (jsonOf(casewatch(env, 'case', 'list', '--json')) as { cases: unknown[] }).cases.length;
}

/** The CLI against one database: the same behaviour on SQLite and PostgreSQL. */
function cliSuite(name: string, makeEnv: () => Promise<Env>, options: { skip?: string } = {}) {
  describe(`casewatch CLI [${name}]`, options, () => {
    let dir: string;
    let env: Env;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'casewatch-cli-'));
      env = await makeEnv();
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('imports the demo bundle and says what it imported', () => {
      const run = casewatch(env, 'import', DEMO);
      assert.equal(run.code, 0, run.stderr);
      assert.match(
        run.stdout,
        /Imported \d+ records from .*mamay\.bundle\.json: \d+ created, 0 updated, 0 unchanged\.\n {2}4 sources: 4 created\n {2}3 organisations: 3 created\n {2}1 person: 1 created\n {2}1 case: 1 created\n {2}3 events: 3 created\n {2}5 charges: 5 created\n {2}2 measures: 2 created\n {2}2 hearings: 2 created\n/,
      );
    });

    test('a second import of the same bundle leaves everything as it is; in create mode it is refused', () => {
      const again = jsonOf(casewatch(env, 'import', DEMO, '--json')) as Record<string, number>;
      assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, again.total]);
      assert.match(casewatch(env, 'import', DEMO).stdout, /: 0 created, 0 updated, \d+ unchanged\./);
      const run = casewatch(env, 'import', DEMO, '--mode', 'create');
      assert.equal(run.code, 5, 'records that exist already are a conflict, as a 409 is');
      assert.match(
        run.stderr,
        /mamay\.bundle\.json \$\.cases\[0\]\.id \(case "case:kz-mamay-2022"\): case "case:kz-mamay-2022" already exists/,
      );
      assert.equal(caseCount(env), 1);
      const unknown = casewatch(env, 'import', DEMO, '--mode', 'overwrite');
      assert.equal(unknown.code, 4, 'a bad value of a flag is invalid input');
      assert.match(unknown.stderr, /--mode is merge or create, not overwrite/);
    });

    test('a bundle with a dangling reference fails with its JSON path and writes nothing, even in part', () => {
      const bad = join(dir, 'bad.bundle.json');
      const bundle = {
        format: 'casewatch-bundle',
        formatVersion: 1,
        cases: [{ id: 'case:other', jurisdiction: 'kz', title: 'Other', visibility: 'public' }],
        charges: [
          {
            id: 'charge:other',
            case: 'case:other',
            defendant: 'person:nobody',
            article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
            lifecycle: [{ kind: 'brought', date: '2022-02-30' }],
          },
        ],
      };
      writeFileSync(bad, JSON.stringify(bundle, null, 2));
      const run = casewatch(env, 'import', bad);
      assert.equal(run.code, 4);
      assert.match(run.stderr, /\$\.charges\[0\]\.lifecycle\[0\]\.date/);
      assert.equal(caseCount(env), 1);
      const dangling = {
        ...bundle,
        charges: [{ ...bundle.charges[0], lifecycle: [{ kind: 'brought', date: '2022-02' }] }],
      };
      writeFileSync(bad, JSON.stringify(dangling));
      const second = casewatch(env, 'import', bad, '--json');
      assert.equal(second.code, 4);
      const error = JSON.parse(second.stderr) as { error: { issues: { path: string; code: string }[] } };
      assert.deepEqual(
        error.error.issues.map((i) => [i.code, i.path]),
        [['reference.dangling', '$.charges[0].defendant']],
      );
      assert.equal(caseCount(env), 1);
    });

    test('a dry run validates and writes nothing; an article the law data lacks is a warning', () => {
      const other = join(dir, 'other.bundle.json');
      writeFileSync(
        other,
        JSON.stringify({
          format: 'casewatch-bundle',
          formatVersion: 1,
          persons: [
            { id: 'person:dry', names: [{ value: 'Dry', script: 'Latn', language: 'en', kind: 'native' }] },
          ],
          cases: [{ id: 'case:dry', jurisdiction: 'kz', title: 'Dry' }],
          charges: [
            {
              id: 'charge:dry',
              case: 'case:dry',
              defendant: 'person:dry',
              article: { jurisdiction: 'kz', code: 'cc', article: '999', part: '1' },
              lifecycle: [{ kind: 'brought', date: '2022-02' }],
            },
          ],
        }),
      );
      const run = casewatch(env, 'import', other, '--dry-run');
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Dry run: would import 3 records/);
      assert.match(
        run.stdout,
        /Warnings, kept with the records \(1\):\n {2}.*other\.bundle\.json \$\.charges\[0\]\.article \(charge "charge:dry"\): kz CC 999\(1\): penalty unknown: not in the law data/,
      );
      assert.equal(caseCount(env), 1);
    });

    test('finds a case by a defendant name in any spelling it was recorded in', () => {
      for (const ref of ['Mamay', 'mamai', 'Мамай', CASE]) {
        const shown = jsonOf(casewatch(env, 'case', 'show', ref, '--json')) as { id: string };
        assert.equal(shown.id, CASE, ref);
      }
      const text = casewatch(env, 'case', 'show', 'Mamay');
      assert.match(text.stdout, /Art\. 272\(1\)/);
      const missing = casewatch(env, 'case', 'show', 'Nobody');
      assert.equal(missing.code, 3);
      assert.match(missing.stderr, /no case with id or defendant named "Nobody"/);
    });

    test('facts: the 272(1) charge reclassified then brought back, detention then house arrest, 10 years', () => {
      const facts = jsonOf(casewatch(env, 'facts', 'Mamay', '--as-of', '2023-02-10', '--json')) as {
        lineage: {
          links: {
            from: string;
            to: string;
            kind: string;
            toArticle: string;
            gapDays: { min: number; max: number };
          }[];
        }[];
        defendants: {
          measures: { kind: string; successor?: string; days: { min: number; max: number } }[];
          status: { status: string };
        }[];
        exposure: { byDefendant: { maxImprisonment: { text: string } }[] };
      };
      const links = facts.lineage.flatMap((l) => l.links);
      const reclassified = links.find((l) => l.kind === 'reclassification');
      const rebrought = links.find((l) => l.kind === 'rebrought');
      assert.equal(reclassified?.toArticle, 'Art. 400');
      assert.equal(rebrought?.to, 'charge:mamay-272-1-second');
      assert.equal(rebrought?.from, reclassified?.from);
      // "just two months": reclassified in about November 2022, re-brought on 26 January 2023.
      assert.ok(
        rebrought &&
          rebrought.gapDays.min <= 61 &&
          rebrought.gapDays.max >= 61 &&
          rebrought.gapDays.min < rebrought.gapDays.max,
      );
      const [custody, house] = facts.defendants[0]?.measures ?? [];
      // "pretrial detention" names no measure: a detention of unstated kind, not custody.
      assert.equal(custody?.kind, 'detention_unstated');
      assert.equal(custody?.successor, 'measure:mamay-house-arrest');
      assert.equal(house?.kind, 'house_arrest');
      assert.ok(custody && custody.days.min < custody.days.max, 'vague dates give a range');
      assert.equal(facts.exposure.byDefendant[0]?.maxImprisonment.text, '10 years');
      const text = casewatch(env, 'facts', CASE, '--as-of', '2023-02-10');
      assert.match(text.stdout, /Maximum exposure: 10 years/);
    });

    test('export round-trips: importing an export gives the same records', () => {
      const first = join(dir, 'first.json');
      assert.equal(casewatch(env, 'export', '--out', first).code, 0);
      const fresh: Env = { CASEWATCH_DB: join(dir, `fresh-${Date.now()}.db`) };
      assert.equal(casewatch(fresh, 'import', first).code, 0);
      const second = join(dir, 'second.json');
      assert.equal(casewatch(fresh, 'export', '--out', second).code, 0);
      const strip = (f: string) => readFileSync(f, 'utf8').replace(/"exportedAt": "[^"]+",?/, '');
      assert.equal(strip(second), strip(first));
      assert.equal((JSON.parse(readFileSync(first, 'utf8')) as { cases: unknown[] }).cases.length, 2 - 1);
    });

    test('case list pages: each page says how to get the next, and the last says nothing more', () => {
      const more = join(dir, 'more.bundle.json');
      const kase = (id: string) => ({ id, jurisdiction: 'kz', title: `Case ${id}` });
      writeFileSync(
        more,
        JSON.stringify({
          format: 'casewatch-bundle',
          formatVersion: 1,
          cases: [kase('case:aa'), kase('case:bb')],
        }),
      );
      assert.equal(casewatch(env, 'import', more).code, 0);
      const first = casewatch(env, 'case', 'list', '--limit', '2');
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^case:aa\t.*\ncase:bb\t.*\nMore: casewatch case list --after case:bb\n$/);
      const last = jsonOf(casewatch(env, 'case', 'list', '--limit', '2', '--after', 'case:bb', '--json'));
      assert.deepEqual(last, {
        cases: [
          {
            id: CASE,
            title: 'Zhanbolat Mamay: “mass riots” and other charges over the January 2022 protests',
            jurisdiction: 'kz',
            defendants: [{ id: 'person:zhanbolat-mamay', name: 'Zhanbolat Mamay' }],
            visibility: 'public',
          },
        ],
      });
    });

    test('an edited export merges, and the export from before the edit is then a conflict (exit 5)', () => {
      const before = join(dir, 'before.json');
      assert.equal(casewatch(env, 'export', '--out', before).code, 0);
      const bundle = JSON.parse(readFileSync(before, 'utf8')) as { cases: { id: string; title: string }[] };
      const [first] = bundle.cases;
      assert.equal(first?.id, 'case:aa');
      first.title = 'Case aa, renamed';
      const edited = join(dir, 'edited.json');
      writeFileSync(edited, JSON.stringify(bundle));
      const merged = casewatch(env, 'import', edited);
      assert.equal(merged.code, 0, merged.stderr);
      assert.match(
        merged.stdout,
        /: 0 created, 1 updated, \d+ unchanged\.\n(.*\n)* {2}3 cases: 1 updated, 2 unchanged\n/,
      );
      const stale = casewatch(env, 'import', before);
      assert.equal(stale.code, 5);
      assert.match(
        stale.stderr,
        /\$\.cases\[0\] \(case "case:aa"\): case "case:aa" changed in the database since the version this bundle holds/,
      );
      const shown = jsonOf(casewatch(env, 'case', 'show', 'case:aa', '--json')) as { title: string };
      assert.equal(shown.title, 'Case aa, renamed');
    });
  });
}

cliSuite('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-cli-db-'));
  return Promise.resolve({ CASEWATCH_DB: join(dir, 'casewatch.db') });
});

const skip = postgresSkipReason();
cliSuite(
  'postgres',
  async () => ({ DATABASE_URL: await createTestDatabase() }),
  skip === undefined ? {} : { skip },
);

describe('casewatch CLI usage', () => {
  test('an unknown command or flag is a usage error (exit 2), a bad value of a flag invalid input (exit 4)', () => {
    const bare = casewatch({ CASEWATCH_DB: ':memory:' });
    assert.equal(bare.code, 2);
    assert.equal(bare.stdout, '');
    assert.match(bare.stderr, /Usage:/);
    const help = casewatch({ CASEWATCH_DB: ':memory:' }, 'help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage:/);
    const unknown = casewatch({ CASEWATCH_DB: ':memory:' }, 'frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
    assert.equal(casewatch({ CASEWATCH_DB: ':memory:' }, 'facts', 'x', '--as-of', '2023-13-01').code, 4);
    assert.equal(casewatch({ CASEWATCH_DB: ':memory:' }, 'case', 'list', '--bogus').code, 2);
    const badLimit = casewatch({ CASEWATCH_DB: ':memory:' }, 'case', 'list', '--limit', 'all');
    assert.equal(badLimit.code, 4);
    assert.match(badLimit.stderr, /--limit must be a whole number, not "all"/);
    assert.equal(casewatch({ CASEWATCH_DB: ':memory:' }, 'case', 'list', '--limit', '0').code, 4);
  });

  test('schema bundle prints the JSON Schema generated from the record schemas', () => {
    const schema = jsonOf(casewatch({ CASEWATCH_DB: ':memory:' }, 'schema', 'bundle')) as {
      $schema: string;
      properties: Record<string, unknown>;
    };
    assert.match(schema.$schema, /2020-12/);
    assert.ok('charges' in schema.properties && 'measures' in schema.properties);
  });

  test('a port in use, a file that cannot be read or written, a usage error under --json: clear errors', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((taken.address() as AddressInfo).port);
      const busy = casewatch({ CASEWATCH_DB: ':memory:' }, 'serve', '--port', port);
      assert.equal(busy.code, 2);
      assert.match(busy.stderr, /cannot listen on 127\.0\.0\.1:\d+: EADDRINUSE/);
    } finally {
      taken.close();
    }
    const emptyPort = casewatch({ CASEWATCH_DB: ':memory:' }, 'serve', '--port', '');
    assert.equal(emptyPort.code, 4);
    assert.equal(casewatch({ CASEWATCH_DB: ':memory:' }, 'serve', '--port', 'x').code, 4);
    assert.equal(casewatch({ CASEWATCH_DB: ':memory:' }, 'case', 'list', 'extra').code, 2);
    assert.equal(casewatch({ CASEWATCH_DB: ':memory:' }, 'import').code, 2, 'a missing argument');
    assert.match(emptyPort.stderr, /--port must be a port number, not ""/);
    const dir = mkdtempSync(join(tmpdir(), 'casewatch-files-'));
    try {
      const isDir = casewatch({ CASEWATCH_DB: ':memory:' }, 'import', dir);
      assert.equal(isDir.code, 4);
      assert.match(isDir.stderr, /is not a file: give the bundle's JSON file/);
      const noDir = casewatch({ CASEWATCH_DB: ':memory:' }, 'export', '--out', join(dir, 'none', 'x.json'));
      assert.equal(noDir.code, 4);
      assert.match(noDir.stderr, /no such file or directory/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const invalid = casewatch({ CASEWATCH_DB: ':memory:' }, 'case', 'list', '--limit', 'many', '--json');
    assert.equal(invalid.code, 4);
    const message = '--limit must be a whole number, not "many"';
    assert.deepEqual(JSON.parse(invalid.stderr), {
      error: {
        code: 'validation.invalid',
        message,
        issues: [{ code: 'validation.invalid', message, field: '--limit' }],
      },
    });
    const usage = casewatch({ CASEWATCH_DB: ':memory:' }, 'case', 'list', '--bogus', '--json');
    assert.equal(usage.code, 2);
    assert.equal((JSON.parse(usage.stderr) as { error: { code: string } }).error.code, 'usage');
  });

  test('a database that cannot be opened: one line naming it and the reason, exit 7', () => {
    const dir = mkdtempSync(join(tmpdir(), 'casewatch-unopenable-'));
    try {
      const notes = join(dir, 'notes.db');
      writeFileSync(notes, 'not a database\n'.repeat(200));
      const notDb = casewatch({ CASEWATCH_DB: notes }, 'case', 'list');
      assert.equal(notDb.code, 7);
      assert.equal(
        notDb.stderr,
        `casewatch: cannot open the SQLite database ${notes}: file is not a database\n`,
      );
      const underFile = casewatch({ CASEWATCH_DB: join(notes, 'sub', 'x.db') }, 'case', 'list', '--json');
      assert.equal(underFile.code, 7);
      const error = (JSON.parse(underFile.stderr) as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'store.unavailable');
      assert.match(
        error.message,
        /^cannot open the SQLite database .*notes\.db\/sub\/x\.db: not a directory/,
      );
      if (process.platform === 'linux') {
        // /proc refuses new folders; Node's own recursive mkdir would retry there forever.
        const proc = casewatch({ CASEWATCH_DB: '/proc/casewatch/x.db' }, 'case', 'list');
        assert.equal(proc.code, 7);
        assert.match(
          proc.stderr,
          /^casewatch: cannot open the SQLite database \/proc\/casewatch\/x\.db: .*\n$/,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const pg = casewatch({ DATABASE_URL: 'postgres://casewatch:secret@127.0.0.1:1/none' }, 'case', 'list');
    assert.equal(pg.code, 7);
    assert.match(
      pg.stderr,
      /^casewatch: cannot open the PostgreSQL database postgres:\/\/casewatch@127\.0\.0\.1:1\/none: connect ECONNREFUSED[^\n]*\n$/,
    );
  });
});
