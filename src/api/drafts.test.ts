import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, testApi } from '../../test/support/api.ts';

// Drafting reads the text and the law data and records nothing: no store is opened for it.
const api = testApi((): Store => {
  throw new Error('a draft must not open the store');
});

const TEXT =
  'On 26 January 2023 the prosecutor charged Aidos Serikbayev with “organizing mass riots”. ' +
  'Serikbayev spent just over eight months in pretrial detention and remains under house arrest. ' +
  'His trial is set to resume on February 6.';

type Draft = {
  persons: { name: string }[];
  charges: { article?: { article: string; part?: string }; label: string; date?: { date: string } }[];
  measures: { kind: string; duration?: string; isOngoing: boolean }[];
  hearings: { date: { date: string; isInferred: boolean }; status: string }[];
  latest?: { date: string };
};
type Issues = { error: { code: string; issues: { path?: string }[] } };

test('POST /api/drafts/case drafts a case from a text for those who may write, and no one else', async () => {
  const draft = async (as: 'researcher' | 'editor', body: unknown) => {
    const res = await api.call(as, 'POST', '/api/drafts/case', body);
    assert.equal(res.status, 200);
    return bodyOf<Draft>(res);
  };
  const found = await draft('researcher', { text: TEXT, jurisdiction: 'kz' });
  assert.equal(found.persons[0]?.name, 'Aidos Serikbayev');
  assert.deepEqual(
    found.charges.map((c) => [c.article?.article, c.article?.part, c.label, c.date?.date]),
    [['272', '1', 'organizing mass riots', '2023-01-26']],
  );
  assert.deepEqual(
    found.measures.map((m) => [m.kind, m.duration, m.isOngoing]),
    [
      ['custody', 'just over eight months', false],
      ['house_arrest', undefined, true],
    ],
  );
  assert.deepEqual(
    found.hearings.map((h) => [h.date.date, h.date.isInferred, h.status]),
    [['2023-02-06', true, 'scheduled']],
  );
  assert.equal(found.latest?.date, '2023-01-26');
  // A jurisdiction without law data: no article, no measure kind, the rest all the same.
  const elsewhere = await draft('editor', { text: TEXT, jurisdiction: 'xx' });
  assert.deepEqual([elsewhere.charges.length, elsewhere.measures.length], [0, 0]);
  assert.equal(elsewhere.persons[0]?.name, 'Aidos Serikbayev');

  for (const as of ['public', 'viewer'] as const) {
    const res = await api.call(as, 'POST', '/api/drafts/case', { text: TEXT, jurisdiction: 'kz' });
    assert.equal(res.status, 403, as);
    assert.equal(JSON.stringify(await bodyOf(res)).includes('Serikbayev'), false, 'the text is not echoed');
  }
});

test('a draft asked badly is a 400 naming the field', async () => {
  for (const [body, path] of [
    [{ jurisdiction: 'kz' }, '$.text'],
    [{ text: '', jurisdiction: 'kz' }, '$.text'],
    [{ text: TEXT, jurisdiction: 'kz', publishedOn: '31 Feb' }, '$.publishedOn'],
  ] as const) {
    const res = await api.call('researcher', 'POST', '/api/drafts/case', body);
    assert.equal(res.status, 400);
    assert.deepEqual(
      (await bodyOf<Issues>(res)).error.issues.map((i) => i.path),
      [path],
    );
  }
});
