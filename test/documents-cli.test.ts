import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from './support/cli.ts';
import { corruptPdf, russianPdf } from './support/pdf-fixtures.ts';
import { postgresSkipReason } from './support/postgres.ts';
import { createTestDatabase } from './support/stores.ts';

const DEMO = join(import.meta.dirname, '..', 'data', 'demo', 'mamay.bundle.json');
const CASE = 'case:kz-mamay-2022';
type Env = Record<string, string>;

/** casewatch document add, text, citations and verify on one database. */
function documentSuite(
  name: string,
  makeEnv: (dir: string) => Promise<Env>,
  options: { skip?: string } = {},
) {
  describe(`casewatch document [${name}]`, options, () => {
    let dir: string;
    let env: Env;
    let pdf: string;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'cw-docs-'));
      env = { ...(await makeEnv(dir)), CASEWATCH_FILES: join(dir, 'files'), CASEWATCH_ROLE: 'admin' };
      assert.equal(runCli(env, ['import', DEMO]).code, 0);
      pdf = join(dir, 'indictment.pdf');
      writeFileSync(pdf, await russianPdf());
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    test('add prints the id; text of page 3 and the citation found there; verify names a tampered file', () => {
      const added = runCli(env, ['document', 'add', CASE, pdf, '--title', 'Обвинительный акт']);
      assert.equal(added.code, 0, added.stderr);
      const id = added.stdout.trim();
      assert.match(id, /^source:doc-[0-9a-f]{12}$/);
      assert.equal(added.stderr, '', 'quiet when not on a terminal');

      const page = runCli(env, ['document', 'text', id, '--page', '3']);
      assert.equal(page.code, 0, page.stderr);
      assert.match(page.stdout, /ч\. 1 ст\. 272 УК РК/);
      const json = JSON.parse(runCli(env, ['document', 'text', id, '--json']).stdout) as {
        pages: { page: number }[];
      };
      assert.deepEqual(
        json.pages.map((p) => p.page),
        [1, 2, 3, 4],
      );

      const cited = runCli(env, ['document', 'citations', id, '--json']);
      assert.equal(cited.code, 0, cited.stderr);
      const { citations } = JSON.parse(cited.stdout) as {
        citations: { page: number; article: string; part?: string; isHeld: boolean; jurisdiction?: string }[];
      };
      assert.deepEqual(
        citations.map((c) => [c.page, c.article, c.part, c.jurisdiction, c.isHeld]),
        [[3, '272', '1', 'kz', true]],
      );
      assert.match(
        runCli(env, ['document', 'citations', id]).stdout,
        /^page 3\tч\. 1 ст\. 272 УК РК\t→ kz cc article 272 part 1: /,
      );

      const twice = runCli(env, ['document', 'add', CASE, pdf]);
      assert.equal(twice.code, 5);
      assert.match(
        twice.stderr,
        new RegExp(`indictment\\.pdf: case ${CASE} has this file already, as document ${id}`),
      );

      assert.equal(runCli(env, ['verify']).code, 0);
      const stored = storedFiles(join(dir, 'files'));
      assert.equal(stored.length, 1);
      const file = stored[0] ?? '';
      chmodSync(file, 0o644);
      writeFileSync(file, 'altered');
      const verify = runCli(env, ['verify']);
      assert.equal(verify.code, 8);
      assert.match(verify.stderr, new RegExp(`[0-9a-f]{64} has changed \\(${id}\\)`));
    });

    test('a capture of online material: its record from the flags; a wrong time names its field', () => {
      const post = join(dir, 'post.html');
      writeFileSync(post, '<html><body>Призыв к мирному митингу 5 января</body></html>');
      const flags = ['--platform', 'facebook', '--post-id', '10158', '--account', 'mamay'];
      const wrong = runCli(env, ['document', 'add', CASE, post, ...flags, '--captured-at', 'yesterday']);
      assert.equal(wrong.code, 4);
      assert.match(wrong.stderr, /capture\.capturedAt/);
      const kind = runCli(env, ['document', 'add', CASE, post, '--document-kind', 'poster']);
      assert.equal(kind.code, 4);
      assert.match(kind.stderr, /--document-kind must be one of .*video.*, not "poster"/);

      const added = runCli(env, [
        'document',
        'add',
        CASE,
        post,
        ...flags,
        '--captured-at',
        '2022-01-06T10:00:00Z',
        '--collector',
        'monitor 7',
        '--tool',
        'browsertrix',
        '--url',
        'https://facebook.com/mamay/posts/10158',
        '--document-kind',
        'video',
        '--restrict',
        'capture',
        '--json',
      ]);
      assert.equal(added.code, 0, added.stderr);
      const doc = JSON.parse(added.stdout) as {
        id: string;
        kind: string;
        documentKind: string;
        capture?: unknown;
      };
      assert.deepEqual([doc.kind, doc.documentKind], ['capture', 'video']);
      // An admin adds it here, and reads the restricted capture record back.
      assert.deepEqual(doc.capture, {
        platform: 'facebook',
        postId: '10158',
        account: 'mamay',
        capturedAt: '2022-01-06T10:00:00Z',
        collector: 'monitor 7',
        tool: 'browsertrix',
      });
      const asEditor = runCli({ ...env, CASEWATCH_ROLE: 'editor' }, ['history', 'source', doc.id, '--json']);
      assert.equal(asEditor.code, 0, asEditor.stderr);
      assert.match(asEditor.stdout, /facebook\.com\/mamay/);
      assert.doesNotMatch(asEditor.stdout, /monitor 7|"capture":/);
    });

    test('a corrupt PDF is one clear line naming the file, and nothing is kept', () => {
      const bad = join(dir, 'broken.pdf');
      writeFileSync(bad, corruptPdf());
      const before = storedFiles(join(dir, 'files')).length;
      const run = runCli(env, ['document', 'add', CASE, bad]);
      assert.equal(run.code, 4);
      assert.match(run.stderr, /^casewatch: broken\.pdf: /);
      assert.equal(run.stderr.trim().split('\n').length, 1);
      assert.equal(storedFiles(join(dir, 'files')).length, before);
      const missing = runCli(env, ['document', 'text', 'source:doc-none']);
      assert.equal(missing.code, 3);
      assert.equal(runCli(env, ['document', 'text', 'x', '--page', 'two']).code, 4);
    });
  });
}

/** The files of a file store's folder, wherever they are under it. */
function storedFiles(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /^[0-9a-f]{64}$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

documentSuite('sqlite', (dir) => Promise.resolve({ CASEWATCH_DB: join(dir, 'cw.db') }));
const skip = postgresSkipReason();
documentSuite(
  'postgres',
  async () => ({ DATABASE_URL: await createTestDatabase() }),
  skip === undefined ? {} : { skip },
);
