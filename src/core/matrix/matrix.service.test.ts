import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { openSession } from '../access/session.ts';
import { SYSTEM_ACTOR, type Actor } from '../actor.ts';
import type { Store } from '../ports.ts';
import { createRecord } from '../record/record.service.ts';
import { loadDemoIfEmpty } from '../../exchange/demo-data.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { caseMatrix, chargeElements } from './matrix.service.ts';
import type { IndictmentMatrix } from './matrix.ts';

const law = loadLegalKnowledge('data/law');
const CASE = 'case:kz-mamay-2022';
const SECOND = 'charge:mamay-272-1-second';
const VIEWER: Actor = { id: 'vera', user: 'vera', roles: ['viewer'] };
const ADMIN: Actor = { id: 'ada', user: 'ada', roles: ['admin'] };

const gapsOf = (m: IndictmentMatrix, kind: string) =>
  m.gaps.filter((g) => g.kind === kind && (g.charge === undefined || g.charge === SECOND));

forEachStore('the indictment matrix of the demo case', (getStore: () => Store) => {
  beforeEach(async () => {
    await loadDemoIfEmpty(getStore(), law);
  });
  const matrixAs = (actor: Actor) => caseMatrix({ session: openSession(getStore(), actor), law }, CASE);

  test('shows what the dispatch shows: violence asserted, no evidence of it; the causal link never alleged', async () => {
    const m = await matrixAs(VIEWER);
    assert.equal(m.isCertain, true);
    const second = m.charges.find((c) => c.charge === SECOND);
    assert.ok(second);
    assert.equal(second.isLive, true);
    assert.equal(second.hasElementData, true);
    const violence = second.elements.find((e) => e.key === 'aggravating_acts');
    assert.match(violence?.titles.en ?? '', /^accompanied by violence, pogroms, arson/);
    assert.equal(violence?.status, 'unsupported');
    assert.deepEqual(violence?.allegations, ['allegation:mamay-decided-to-organise']);
    assert.deepEqual(violence?.supportedBy, []);
    assert.ok(gapsOf(m, 'element_unsupported').some((g) => g.element === 'aggravating_acts'));
    const causal = second.elements.find((e) => e.key === 'causal_link');
    assert.equal(causal?.status, 'uncovered');
    assert.match(causal?.titles.en ?? '', /organising led to those riots/);
    assert.deepEqual(
      gapsOf(m, 'element_uncovered').map((g) => g.element),
      ['causal_link'],
    );
    assert.equal(second.elements.find((e) => e.key === 'organising')?.status, 'supported');
  });

  test('the Facebook videos are unassessed speech; the decision to organise rests on the prosecution’s experts', async () => {
    const m = await matrixAs(VIEWER);
    const unassessed = gapsOf(m, 'speech_unassessed').map((g) => g.allegation);
    assert.ok(unassessed.includes('allegation:mamay-facebook-videos'));
    assert.ok(!unassessed.includes('allegation:mamay-calls-for-reform'));
    const expert = gapsOf(m, 'only_commissioned_expert').find(
      (g) => g.allegation === 'allegation:mamay-decided-to-organise',
    );
    assert.deepEqual(expert?.evidence, ['evidence:mamay-expert-analyses']);
    assert.deepEqual(
      gapsOf(m, 'allegation_unsupported').map((g) => g.allegation),
      ['allegation:mamay-zhanaozen-crowd'],
    );
    const reclassified = m.charges.find((c) => c.charge === 'charge:mamay-272-1-first');
    assert.equal(reclassified?.isLive, false);
    assert.equal(reclassified?.state, 'reclassified');
  });

  test('an allegation the reader may not read is not in their matrix, which says records are withheld', async () => {
    const admin = openSession(getStore(), ADMIN);
    await createRecord(admin, 'allegation', {
      id: 'allegation:restricted-riot-claim',
      case: CASE,
      document: 'source:mamay-indictment-2023',
      charge: SECOND,
      type: 'act',
      summary: 'A claim kept to the case team',
      elements: ['causal_link'],
      visibility: 'restricted',
      readers: ['user:ada'],
    });
    const seen = await matrixAs(ADMIN);
    assert.equal(seen.isCertain, true);
    assert.equal(
      seen.charges.find((c) => c.charge === SECOND)?.elements.find((e) => e.key === 'causal_link')?.status,
      'unsupported',
    );
    const m = await matrixAs(VIEWER);
    const ids = m.charges.flatMap((c) => c.allegations.map((a) => a.allegation));
    assert.ok(!ids.includes('allegation:restricted-riot-claim'));
    assert.ok(!JSON.stringify(m).includes('kept to the case team'));
    assert.equal(m.isCertain, false);
    assert.deepEqual(m.withheld?.records, [{ kind: 'allegation', count: 1 }]);
  });

  test('the elements of a charge in the language asked for', async () => {
    const session = openSession(getStore(), SYSTEM_ACTOR);
    const ru = await chargeElements({ session, law }, SECOND, 'ru');
    assert.equal(ru.isHeld, true);
    assert.equal(ru.part, '1');
    assert.deepEqual(
      ru.elements.map((e) => e.key),
      ['organising', 'mass_riots', 'aggravating_acts', 'causal_link', 'intent'],
    );
    assert.equal(ru.elements[0]?.title, 'организация массовых беспорядков');
    // The part of the 378 charge is unknown: the elements both of 378's parts share.
    const shared = await chargeElements({ session, law }, 'charge:mamay-378', 'en');
    assert.equal(shared.isHeld, true);
    assert.deepEqual(
      shared.elements.map((e) => e.key),
      ['insult', 'official_capacity', 'intent'],
    );
    await assert.rejects(chargeElements({ session, law }, 'charge:none'), { code: 'record.not_found' });
  });
});
