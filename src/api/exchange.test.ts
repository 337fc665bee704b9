import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, personInput, testApi } from '../../test/support/api.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Report = { dryRun: boolean; created: number; counts: Record<string, number>; warnings: unknown[] };
type ErrorBody = { error: { code: string; issues: { path?: string; line?: number }[] } };

const bundle = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'casewatch-bundle',
    formatVersion: 3,
    persons: [personInput('person:open', { visibility: 'public' }), personInput('person:inner')],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'A case', visibility: 'restricted' }],
    ...extra,
  });

forEachStore('import and export through the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore);
  });

  test('a dry run reports what an import would do and writes nothing; then the import writes it', async () => {
    const dry = await api.call('researcher', 'POST', '/api/import?dryRun=true', bundle());
    assert.equal(dry.status, 200);
    const report = await bodyOf<Report>(dry);
    assert.equal(report.dryRun, true);
    assert.deepEqual([report.counts.person, report.counts.case, report.created], [2, 1, 3]);
    assert.deepEqual(report.warnings, []);
    assert.equal((await api.call('admin', 'GET', '/api/persons/person:open')).status, 404);
    const real = await api.call('researcher', 'POST', '/api/import', bundle());
    assert.equal(real.status, 200);
    assert.equal((await bodyOf<Report>(real)).dryRun, false);
    assert.equal((await api.call('public', 'GET', '/api/persons/person:open')).status, 200);
    // Again, in create mode: the records exist.
    assert.equal((await api.call('researcher', 'POST', '/api/import?mode=create', bundle())).status, 409);
  });

  test('an invalid bundle is refused whole, with the places of its problems, dry run or not', async () => {
    const broken = bundle({
      charges: [
        {
          id: 'charge:x',
          case: 'case:missing',
          defendant: 'person:open',
          article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
          lifecycle: [{ kind: 'brought', date: '2022-03' }],
        },
      ],
    });
    for (const url of ['/api/import?dryRun=true', '/api/import']) {
      const res = await api.call('editor', 'POST', url, broken);
      assert.equal(res.status, 422, url);
      const body = await bodyOf<ErrorBody>(res);
      assert.equal(body.error.code, 'import.invalid_record');
      assert.ok(
        body.error.issues.some((i) => i.path?.startsWith('$.charges[0]') === true),
        JSON.stringify(body.error.issues),
      );
    }
    assert.equal((await api.call('admin', 'GET', '/api/persons/person:open')).status, 404);
    const notJson = await api.call(
      'editor',
      'POST',
      '/api/import',
      '{"format": "casewatch-bundle",\n  "persons": [',
    );
    assert.equal(notJson.status, 400);
    assert.equal((await bodyOf<ErrorBody>(notJson)).error.code, 'import.invalid_json');
    const badMode = await api.call('editor', 'POST', '/api/import?mode=replace', bundle());
    assert.equal(badMode.status, 400);
  });

  test('an import may say why it writes, and each revision keeps it; else it says "import"', async () => {
    const why = 'recorded with the form of one source, from “A report”';
    const url = `/api/import?${new URLSearchParams({ reason: why }).toString()}`;
    assert.equal((await api.call('researcher', 'POST', url, bundle())).status, 200);
    const reasons = async (path: string) =>
      (await bodyOf<{ entries: { reason?: string }[] }>(await api.call('admin', 'GET', path))).entries.map(
        (e) => e.reason,
      );
    assert.deepEqual(await reasons('/api/persons/person:open/history'), [why]);
    assert.deepEqual(await reasons('/api/cases/case:c/history'), [why]);
    const other = bundle({ persons: [personInput('person:other')], cases: [] });
    assert.equal((await api.call('researcher', 'POST', '/api/import', other)).status, 200);
    assert.deepEqual(await reasons('/api/persons/person:other/history'), ['import']);
    const tooLong = `/api/import?${new URLSearchParams({ reason: 'x'.repeat(501) }).toString()}`;
    assert.equal((await api.call('researcher', 'POST', tooLong, other)).status, 400);
  });

  test('only writers import', async () => {
    for (const as of ['public', 'viewer'] as const) {
      const res = await api.call(as, 'POST', '/api/import', bundle());
      assert.equal(res.status, 403, as);
    }
    assert.equal((await api.call('admin', 'GET', '/api/persons/person:open')).status, 404);
  });

  test('the backup is for admins and holds everything; open data holds what the public may see', async () => {
    await api.call('admin', 'POST', '/api/import', bundle());
    for (const as of ['public', 'viewer', 'researcher', 'editor'] as const)
      assert.equal((await api.call(as, 'GET', '/api/export')).status, 403, as);
    const backup = await api.call('admin', 'GET', '/api/export');
    assert.equal(backup.status, 200);
    assert.match(backup.headers.get('content-disposition') ?? '', /attachment/);
    const all = (await backup.json()) as { persons: { id: string }[]; cases: { id: string }[] };
    assert.deepEqual(
      all.persons.map((p) => p.id),
      ['person:inner', 'person:open'],
    );
    assert.deepEqual(
      all.cases.map((c) => c.id),
      ['case:c'],
    );
    for (const as of ['public', 'editor', 'admin'] as const) {
      const open = (await (await api.call(as, 'GET', '/api/open-data')).json()) as {
        persons: { id: string }[];
        cases: unknown[];
      };
      assert.deepEqual(
        open.persons.map((p) => p.id),
        ['person:open'],
        as,
      );
      assert.deepEqual(open.cases, [], as);
    }
  });
});
