import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../actor.ts';
import { openSession } from '../access/session.ts';
import { caseFacts } from '../case/case-facts.service.ts';
import { isDomainError } from '../errors.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore, steppingClock } from '../../../test/support/stores.ts';
import { importBundle } from './import.service.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };

/** Two charges of the January 2022 events with the days of their acts, one in a range. */
function bundle(edit: (charges: Record<string, unknown>[]) => void = () => {}) {
  const charge = (id: string, part: string, actDate: object) => ({
    id,
    case: 'case:c',
    defendant: 'person:p',
    article: { jurisdiction: 'kz', code: 'cc', article: '272', part },
    actDate,
    lifecycle: [{ kind: 'brought', date: '2022-01-20' }],
  });
  const charges: Record<string, unknown>[] = [
    charge('charge:organiser', '1', { date: '2022-01-05', sources: [{ source: 'source:s', page: 2 }] }),
    charge('charge:participant', '2', {
      date: '[2022-01-04..2022-01-07]',
      note: 'in the days of the riots',
      sources: [],
    }),
  ];
  edit(charges);
  return {
    format: 'casewatch-bundle',
    formatVersion: 1,
    sources: [{ id: 'source:s', kind: 'document', title: 'Indictment' }],
    persons: [
      { id: 'person:p', names: [{ value: 'Person P', script: 'Latn', language: 'en', kind: 'native' }] },
    ],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C' }],
    charges,
  };
}

const records = (b: object) => readBundle(Readable.from([Buffer.from(JSON.stringify(b))]), 'acts.json');

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('a bundle with the days of the acts', (getStore) => {
  const session = () => openSession(getStore(), EDITOR);

  test('imports, keeps the act dates, and the facts judge each charge by the law of its act', async () => {
    await importBundle({ session: session(), law }, records(bundle()), { file: 'acts.json' });
    const stored = await getStore().reader.get('charge', 'charge:participant');
    assert.deepEqual(stored?.data.actDate, {
      date: '[2022-01-04..2022-01-07]',
      note: 'in the days of the riots',
      sources: [],
    });
    const facts = await caseFacts(
      { session: session(), law, clock: steppingClock() },
      'case:c',
      '2023-01-10',
    );
    const by = new Map(facts.charges.map((c) => [c.id, c]));
    assert.equal(by.get('charge:organiser')?.lawInTime?.basis, 'act');
    assert.equal(by.get('charge:organiser')?.lawDate, '2022-01-05');
    assert.equal(by.get('charge:participant')?.lawDate, '2022-01-04');
    assert.deepEqual(
      facts.limitation.map((l) => [l.charge, l.expires]),
      [
        ['charge:organiser', { earliest: '2032-01-05', latest: '2032-01-05' }],
        ['charge:participant', { earliest: '2032-01-04', latest: '2032-01-07' }],
      ],
    );
    assert.deepEqual(
      facts.amnesties.map((a) => [a.charge, a.covers]),
      [
        ['charge:organiser', 'no'],
        ['charge:participant', 'yes'],
      ],
    );
  });

  test('an act after the charge was brought is an error naming the place, and nothing is written', async () => {
    const bad = bundle((charges) => {
      (charges[1] as { actDate: object }).actDate = { date: '2022-02', sources: [] };
    });
    let caught: unknown;
    await importBundle({ session: session(), law }, records(bad), { file: 'acts.json' }).catch(
      (e: unknown) => (caught = e),
    );
    assert.ok(isDomainError(caught));
    assert.deepEqual(
      caught.issues.map((i) => [i.code, i.path, i.record]),
      [['date.order', '$.charges[1].actDate.date', 'charge:participant']],
    );
    assert.match(
      caught.issues[0]?.message ?? '',
      /the act \(2022-02\) is after the charge was brought \(2022-01-20\)/,
    );
    assert.equal(await getStore().reader.count('charge'), 0);
  });

  test("an act date's source must exist", async () => {
    const bad = bundle((charges) => {
      (charges[0] as { actDate: object }).actDate = {
        date: '2022-01-05',
        sources: [{ source: 'source:none' }],
      };
    });
    let caught: unknown;
    await importBundle({ session: session(), law }, records(bad), { file: 'acts.json' }).catch(
      (e: unknown) => (caught = e),
    );
    assert.ok(isDomainError(caught));
    assert.deepEqual(
      caught.issues.map((i) => [i.code, i.path]),
      [['reference.dangling', '$.charges[0].actDate.sources[0].source']],
    );
  });
});
