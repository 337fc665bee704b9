import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CaseSchema } from './case.ts';
import { referencesOf } from '../record/references.ts';

const base = {
  id: 'case:test',
  jurisdiction: 'kz',
  title: 'Test case',
  visibility: 'internal',
  participants: [{ person: 'person:a', role: 'defendant' }],
};
const cite = [{ source: 'source:report', quote: 'remains in custody' }];

test('a case and a participant may state when they were last confirmed, as a partial date with sources', () => {
  const parsed = CaseSchema.parse({
    ...base,
    confirmed: { on: '2023-01', sources: cite },
    participants: [{ person: 'person:a', role: 'defendant', confirmed: { on: '2022-11-07', sources: cite } }],
  });
  assert.equal(parsed.confirmed?.on, '2023-01', 'the day keeps its precision');
  assert.equal(parsed.participants[0]?.confirmed?.on, '2022-11-07');
  const paths = referencesOf('case', parsed).map((r) => r.path);
  assert.ok(paths.includes('.confirmed.sources[0].source'));
  assert.ok(paths.includes('.participants[0].confirmed.sources[0].source'));
});

test('a case without it still parses, and a confirmed day that is no date is refused at its path', () => {
  assert.equal(CaseSchema.parse(base).confirmed, undefined);
  const bad = CaseSchema.safeParse({ ...base, confirmed: { on: '26 January 2023', sources: [] } });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error?.issues[0]?.path, ['confirmed', 'on']);
  const extra = CaseSchema.safeParse({ ...base, confirmed: { on: '2023', by: 'someone' } });
  assert.equal(extra.success, false, 'the object is strict');
});
