import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BIN, runCli, type CliRun } from './support/cli.ts';
import { postgresSkipReason } from './support/postgres.ts';
import { createTestDatabase } from './support/stores.ts';

type Env = Record<string, string>;

/** Runs the CLI with text on its stdin. */
function withStdin(env: Env, input: string, ...args: string[]): CliRun {
  const { CASEWATCH_DB: _db, DATABASE_URL: _url, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...rest, CASEWATCH_USER: 'tester', ...env },
    input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function accountsSuite(name: string, makeEnv: () => Promise<Env>, options: { skip?: string } = {}) {
  describe(`casewatch user and token [${name}]`, options, () => {
    let env: Env;
    before(async () => {
      env = await makeEnv();
    });

    test('user add prints a random password once; --password-stdin takes one; list shows no secret', () => {
      const added = runCli(env, ['user', 'add', 'aigerim', '--role', 'researcher', '--group', 'legal team']);
      assert.equal(added.code, 0, added.stderr);
      const password = /Password for "aigerim": (\S+)/.exec(added.stdout)?.[1];
      assert.match(password ?? '', /^[\w-]{24}$/);
      const chosen = withStdin(
        env,
        'a long enough password\n',
        'user',
        'add',
        'dana',
        '--admin',
        '--password-stdin',
      );
      assert.equal(chosen.code, 0, chosen.stderr);
      assert.doesNotMatch(chosen.stdout, /Password/);
      const list = runCli(env, ['user', 'list']);
      assert.equal(list.stdout, 'aigerim  researcher  (groups: legal team)\ndana  admin\n');
      const json = runCli(env, ['user', 'list', '--json']);
      assert.doesNotMatch(json.stdout, /argon2|a long enough password/);
    });

    test('history names who changed a record beside the id: an account by its display name, others by theirs', () => {
      const dir = mkdtempSync(join(tmpdir(), 'casewatch-history-'));
      dirs.push(dir);
      const bundle = (occupation?: string) => {
        const file = join(dir, `${occupation ?? 'first'}.bundle.json`);
        const names = [{ value: 'Named Person', script: 'Latn', language: 'en', kind: 'native' }];
        const person = { id: 'person:named', names, ...(occupation !== undefined ? { occupation } : {}) };
        writeFileSync(
          file,
          JSON.stringify({ format: 'casewatch-bundle', formatVersion: 1, persons: [person] }),
        );
        return file;
      };
      const added = runCli(env, [
        'user',
        'add',
        'zhanar',
        '--role',
        'editor',
        '--display-name',
        'Zhanar Abenova',
      ]);
      assert.equal(added.code, 0, added.stderr);
      assert.equal(runCli({ ...env, CASEWATCH_USER: 'zhanar' }, ['import', bundle()]).code, 0);
      assert.equal(runCli({ ...env, CASEWATCH_USER: 'loner' }, ['import', bundle('journalist')]).code, 0);
      const history = runCli(env, ['history', 'person', 'person:named']);
      assert.equal(history.code, 0, history.stderr);
      assert.match(history.stdout, /v1 create by Zhanar Abenova \(cli:zhanar\)/);
      assert.match(history.stdout, /v2 update by loner \(cli:loner\) \(import of .*\): occupation/);
      const json = JSON.parse(runCli(env, ['history', 'person', 'person:named', '--json']).stdout) as {
        revisions: { actor: string; actorName?: string }[];
      };
      assert.deepEqual(
        json.revisions.map((r) => [r.actor, r.actorName]),
        [
          ['cli:zhanar', 'Zhanar Abenova'],
          ['cli:loner', 'loner'],
        ],
      );
      // The public is never told a staff member's name.
      const outsider = runCli({ ...env, CASEWATCH_ROLE: 'public' }, ['history', 'person', 'person:named']);
      assert.doesNotMatch(outsider.stdout + outsider.stderr, /Zhanar Abenova/);
    });

    test('refusals: a taken name (5), a bad name (4), a role above the owner (6), a viewer managing (6)', () => {
      const taken = runCli(env, ['user', 'add', 'dana']);
      assert.equal(taken.code, 5);
      assert.equal(taken.stderr, 'casewatch: an account named "dana" exists already\n');
      assert.equal(runCli(env, ['user', 'add', 'Not A Name']).code, 4);
      assert.equal(runCli(env, ['user', 'add', 'x', '--admin', '--role', 'viewer']).code, 2);
      const high = runCli(env, ['token', 'create', '--name', 'n', '--user', 'aigerim', '--role', 'admin']);
      assert.equal(high.code, 6);
      const viewer = runCli({ ...env, CASEWATCH_ROLE: 'viewer' }, ['user', 'list']);
      assert.equal(viewer.code, 6);
      assert.match(viewer.stderr, /only an admin may list accounts/);
    });

    test('token create prints its secret once; list never does; revoke, disable and reset report', () => {
      const made = runCli(env, [
        'token',
        'create',
        '--name',
        'nightly',
        '--user',
        'aigerim',
        '--role',
        'viewer',
      ]);
      assert.equal(made.code, 0, made.stderr);
      const [, id, secret] =
        /^Token (\S+) "nightly" for "aigerim" as viewer:\n(cw_\S+)\n/.exec(made.stdout) ?? [];
      assert.ok(id !== undefined && secret !== undefined, made.stdout);
      const listed = runCli(env, ['token', 'list', '--user', 'aigerim']);
      assert.match(listed.stdout, new RegExp(`^${id}  "nightly" as viewer, made `));
      assert.ok(!listed.stdout.includes(secret));
      assert.equal(runCli(env, ['token', 'revoke', id]).stdout, `Revoked the token ${id}.\n`);
      assert.match(runCli(env, ['token', 'list', '--json']).stdout, /"revokedAt"/);
      assert.equal(runCli(env, ['token', 'revoke', 'nope']).code, 3);
      assert.match(runCli(env, ['user', 'disable', 'aigerim']).stdout, /no longer work/);
      assert.match(runCli(env, ['user', 'list']).stdout, /aigerim .*DISABLED/);
      assert.equal(runCli(env, ['user', 'sessions', 'aigerim']).stdout, '"aigerim" has no sessions.\n');
      const reset = runCli(env, ['user', 'reset-password', 'dana']);
      assert.match(reset.stdout, /Password for "dana": [\w-]{24}\n/);
      assert.equal(runCli(env, ['user', 'reset-password', 'nobody']).code, 3);
    });
  });
}

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const sqliteEnv = () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-accounts-'));
  dirs.push(dir);
  return Promise.resolve({ CASEWATCH_DB: join(dir, 'accounts.db') });
};

accountsSuite('sqlite', sqliteEnv);
const skip = postgresSkipReason();
accountsSuite('postgres', async () => ({ DATABASE_URL: await createTestDatabase() }), skip ? { skip } : {});

/** Starts `serve --demo` on a free port and waits until it says where it serves; resolves with what it printed. */
async function serveDemo(db: string) {
  const { CASEWATCH_DB: _db, DATABASE_URL: _url, ...rest } = process.env;
  const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', '0'], {
    env: { ...rest, CASEWATCH_DB: db },
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      // The address and the way to sign in come in one write.
      const m = /serving on (http:\/\/[^/]+\/)[\s\S]*\n$/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
  const stop = async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  return { url, out: () => out, stop };
}

test('serve --demo on a database with no account makes "admin" with a password shown once, which signs in', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-first-admin-'));
  dirs.push(dir);
  const db = join(dir, 'demo.db');
  const first = await serveDemo(db);
  try {
    const password = /Sign in as "admin" with the password (\S+)\n/.exec(first.out())?.[1];
    assert.ok(password, first.out());
    const login = await fetch(`${first.url}api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: 'admin', password }),
    });
    assert.equal(login.status, 200);
    assert.match(login.headers.get('set-cookie') ?? '', /casewatch_session=.*HttpOnly/);
    const sessions = runCli({ CASEWATCH_DB: db }, ['user', 'sessions', 'admin']);
    assert.match(sessions.stdout, / from 127\.0\.0\.1\n/, 'the client address is kept with the session');
  } finally {
    await first.stop();
  }
  const second = await serveDemo(db);
  await second.stop();
  assert.doesNotMatch(second.out(), /password/i, 'never shown again');
});
