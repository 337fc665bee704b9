import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../src/core/ports.ts';
import { bundleOfQuickCase } from '../web/src/features/forms/lib/quick-case.ts';
import { valuesFromDraft, type CaseDraft } from '../web/src/features/forms/lib/quick-case-draft.ts';
import { bodyOf, testApi } from './support/api.ts';
import { ALMATY_BLOGGER } from './support/press-texts.ts';
import { counter, emptyForm } from './support/quick-form.ts';
import { forEachStore } from './support/stores.ts';

// A report of a charge dropped and brought again months later, pasted into the form of one source: the charge
// saved ends on the day it was dropped, citing the sentence that says so, and its second bringing follows it.

const IDS = { case: 'case:blogger', source: 'source:blogger', person: 'person:blogger' };

type Charge = {
  record: {
    origin?: { kind: string; from: string[] };
    lifecycle: { kind: string; date: string; sources: { quote?: string }[] }[];
  };
};

forEachStore('a charge dropped and brought again, from the text of its source', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore, { now: '2024-10-05T09:00:00.000Z' });
  });

  test('the drop is a step of the charge, dated and cited; the bringing again follows it', async () => {
    const res = await api.call('researcher', 'POST', '/api/drafts/case', {
      text: ALMATY_BLOGGER,
      jurisdiction: 'kz',
    });
    assert.equal(res.status, 200);
    const values = valuesFromDraft(emptyForm(), await bodyOf<CaseDraft>(res), counter());
    assert.deepEqual(
      values.charges.map((c) => [c.id, c.article.article, c.began, c.from, c.date, c.then, c.thenDate]),
      [
        ['charge:d1', '274', 'brought', '', '2024-03-11', 'dropped', '2024-05-24'],
        ['charge:d2', '378', 'brought', '', '', '', ''],
        ['charge:d3', '274', 'rebrought', '0', '2024-09-27', '', ''],
      ],
    );
    values.title = 'Timur Sadvakasov: false information';
    values.source = { ...values.source, title: 'Report on Timur Sadvakasov' };
    // What the text leaves undated is given days for the form to save it: the insult charge, the measures.
    values.charges = values.charges.map((c, i) => (i === 1 ? { ...c, date: '2024-09' } : c));
    assert.deepEqual(
      values.measures.map((m) => [m.kind, m.duration]),
      [
        ['house_arrest', 'a month'],
        ['undertaking_not_to_leave', ''],
      ],
    );
    values.measures = values.measures.map((m, i) => ({
      ...m,
      from: i === 0 ? '2024-03-11' : '2024-09-27',
      replaced: false,
      until: i === 0 ? '2024-05-24' : '',
    }));
    const saved = await api.call('researcher', 'POST', '/api/import', bundleOfQuickCase(values, IDS, 'en'));
    assert.equal(saved.status, 200, JSON.stringify(await saved.clone().json()));

    const first = await bodyOf<Charge>(await api.call('researcher', 'GET', '/api/charges/charge:d1'));
    // Its bringing cites the sentence naming it and the one dating it; its drop, the sentence telling of it.
    assert.match(
      first.record.lifecycle[0]?.sources[0]?.quote ?? '',
      / … Sadvakasov was first charged on 11 March 2024/,
    );
    assert.deepEqual(
      first.record.lifecycle.map((s) => [
        s.kind,
        s.date,
        /^(\S+ \S+ \S+)/.exec(s.sources[0]?.quote ?? '')?.[1],
      ]),
      [
        ['brought', '2024-03-11', 'Almaty blogger Timur'],
        ['dropped', '2024-05-24', 'On 24 May'],
      ],
    );
    const again = await bodyOf<Charge>(await api.call('researcher', 'GET', '/api/charges/charge:d3'));
    assert.deepEqual(again.record.origin, { kind: 'rebrought', from: ['charge:d1'] });
    assert.deepEqual(
      again.record.lifecycle.map((s) => [s.kind, s.date]),
      [['brought', '2024-09-27']],
    );
    const facts = await bodyOf<{ lineage: { charges: string[] }[] }>(
      await api.call('researcher', 'GET', '/api/cases/case:blogger/facts'),
    );
    assert.ok(
      facts.lineage.some((l) => l.charges.join() === 'charge:d1,charge:d3'),
      JSON.stringify(facts.lineage),
    );
  });
});
