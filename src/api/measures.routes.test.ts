import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, personInput, testApi } from '../../test/support/api.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Wire = { id: string; version: number; record: Record<string, unknown> };
type ErrorBody = { error: { code: string; issues: { path?: string }[] } };

const CHANGES = '/api/measures/changes';
const measure = (id: string, kind: string, date: string) => ({
  id,
  case: 'case:a',
  person: 'person:mamay',
  kind,
  steps: [{ kind: 'ordered', date }],
  visibility: 'internal',
});

forEachStore('a measure changed to another through the API', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    await api.call('editor', 'POST', '/api/persons', { record: personInput('person:mamay') });
    await api.call('editor', 'POST', '/api/cases', { record: caseRecord('case:a') });
    const custody = await api.call('editor', 'POST', '/api/measures', {
      record: measure('measure:custody', 'custody', '2022-01'),
    });
    assert.equal(custody.status, 201);
  });

  test('a viewer is refused; a researcher writes both measures in one answer', async () => {
    const body = {
      record: measure('measure:house', 'house_arrest', '2022-09'),
      change: { from: 'measure:custody' },
    };
    assert.equal((await api.call('viewer', 'POST', CHANGES, body)).status, 403);
    const res = await api.call('researcher', 'POST', CHANGES, body);
    assert.equal(res.status, 201);
    const answer = await bodyOf<{ measure: Wire; predecessor: Wire }>(res);
    assert.deepEqual(
      [answer.measure.id, answer.predecessor.id, answer.predecessor.version],
      ['measure:house', 'measure:custody', 2],
    );
    const steps = answer.predecessor.record.steps as { kind: string; successor?: string }[];
    assert.deepEqual(steps.at(-1)?.successor, 'measure:house');
  });

  test('a change that names no measure, or a measure with no order, is refused by its place', async () => {
    const noFrom = await api.call('editor', 'POST', CHANGES, {
      record: measure('measure:house', 'house_arrest', '2022-09'),
      change: {},
    });
    assert.equal(noFrom.status, 400);
    assert.ok((await bodyOf<ErrorBody>(noFrom)).error.issues.some((i) => i.path === '$.change.from'));
    const unordered = await api.call('editor', 'POST', CHANGES, {
      record: {
        ...measure('measure:house', 'house_arrest', '2022-09'),
        steps: [{ kind: 'ended', date: '2022' }],
      },
      change: { from: 'measure:custody' },
    });
    assert.equal(unordered.status, 400);
    assert.ok(
      (await bodyOf<ErrorBody>(unordered)).error.issues.some((i) => i.path === '$.record.steps[0].kind'),
    );
    assert.equal((await api.call('editor', 'GET', '/api/measures/measure:house')).status, 404);
  });
});
