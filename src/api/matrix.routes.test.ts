import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { openSession } from '../core/access/session.ts';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { IndictmentMatrix } from '../core/matrix/matrix.ts';
import type { ChargeElements } from '../core/matrix/matrix.service.ts';
import type { Store } from '../core/ports.ts';
import { createRecord } from '../core/record/record.service.ts';
import { loadDemoIfEmpty } from '../exchange/demo-data.ts';
import { bodyOf, testApi } from '../../test/support/api.ts';
import { parseCsv } from '../../test/support/csv.ts';
import { forEachStore } from '../../test/support/stores.ts';

const CASE = 'case:kz-mamay-2022';
const SECOND = 'charge:mamay-272-1-second';

forEachStore('the matrix API', (getStore: () => Store) => {
  const { call, law } = testApi(getStore);
  beforeEach(async () => {
    await loadDemoIfEmpty(getStore(), law);
    await createRecord(openSession(getStore(), SYSTEM_ACTOR), 'allegation', {
      id: 'allegation:internal-claim',
      case: CASE,
      document: 'source:mamay-indictment-2023',
      charge: SECOND,
      type: 'act',
      summary: 'An internal note of a claim',
      elements: ['causal_link'],
      visibility: 'internal',
    });
  });

  test('GET /api/cases/{id}/matrix: a viewer sees every allegation and a certain matrix', async () => {
    const res = await call('viewer', 'GET', `/api/cases/${CASE}/matrix`);
    assert.equal(res.status, 200);
    const m = await bodyOf<IndictmentMatrix>(res);
    assert.equal(m.isCertain, true);
    const second = m.charges.find((c) => c.charge === SECOND);
    assert.equal(second?.elements.find((e) => e.key === 'causal_link')?.status, 'unsupported');
    assert.equal(second?.elements.find((e) => e.key === 'aggravating_acts')?.status, 'unsupported');
  });

  test('the public does not see the internal allegation, and is told the matrix is not certain', async () => {
    const m = await bodyOf<IndictmentMatrix>(await call('public', 'GET', `/api/cases/${CASE}/matrix`));
    assert.ok(!JSON.stringify(m).includes('internal-claim'));
    assert.equal(
      m.charges.find((c) => c.charge === SECOND)?.elements.find((e) => e.key === 'causal_link')?.status,
      'uncovered',
    );
    assert.equal(m.isCertain, false);
    assert.deepEqual(m.withheld?.records, [{ kind: 'allegation', count: 1 }]);
    const csv = await (await call('public', 'GET', `/api/cases/${CASE}/matrix.csv`)).text();
    assert.ok(!csv.includes('internal-claim'));
    assert.ok(csv.split('\r\n')[1]?.endsWith(',no'));
  });

  test('GET /api/cases/{id}/matrix.csv: an attachment of CSV rows with the gap flags, titles in the language asked', async () => {
    const res = await call('viewer', 'GET', `/api/cases/${CASE}/matrix.csv?lang=ru`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(
      res.headers.get('content-disposition'),
      'attachment; filename="matrix-case-kz-mamay-2022.csv"',
    );
    const [header = [], ...rows] = parseCsv(await res.text());
    const at = (row: string[], col: string) => row[header.indexOf(col)];
    const violence = rows.find((r) => at(r, 'charge') === SECOND && at(r, 'element') === 'aggravating_acts');
    assert.match(at(violence ?? [], 'element_title') ?? '', /^сопровождавшиеся насилием/);
    assert.equal(violence && at(violence, 'element_unsupported'), 'yes');
    assert.equal((await call('viewer', 'GET', `/api/cases/${CASE}/matrix.csv?lang=xx`)).status, 400);
  });

  test('GET /api/charges/{id}/elements in the language asked for', async () => {
    const res = await call('public', 'GET', `/api/charges/${SECOND}/elements?lang=kk`);
    assert.equal(res.status, 200);
    const body = await bodyOf<ChargeElements>(res);
    assert.equal(body.isHeld, true);
    assert.equal(body.article, '272');
    assert.equal(body.elements[0]?.title, 'жаппай тәртіпсіздіктерді ұйымдастыру');
    assert.equal(body.elements.find((e) => e.key === 'aggravating_acts')?.alternatives?.length, 6);
  });

  test('a case or charge that does not exist is a 404', async () => {
    assert.equal((await call('viewer', 'GET', '/api/cases/case:none/matrix')).status, 404);
    assert.equal((await call('viewer', 'GET', '/api/cases/case:none/matrix.csv')).status, 404);
    assert.equal((await call('viewer', 'GET', '/api/charges/charge:none/elements')).status, 404);
  });
});
