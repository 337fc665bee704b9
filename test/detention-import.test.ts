// Detention kinds through import: a suspect's detention with its times, custody, and an administrative arrest
// under an article of the Code on Administrative Offences, on both databases; the facts read them back.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../src/core/actor.ts';
import { openSession } from '../src/core/access/session.ts';
import { presentCaseFile } from '../src/core/case/case.presenter.ts';
import { getCaseFile } from '../src/core/case/case.service.ts';
import { formatCaseFile } from '../src/cli/format-case.ts';
import { isDomainError } from '../src/core/errors.ts';
import { computeCaseFacts } from '../src/core/facts/case-facts.ts';
import type { LegalKnowledge } from '../src/core/law/legal-knowledge.ts';
import { importBundle } from '../src/core/record/import.service.ts';
import { readBundle } from '../src/exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { forEachStore } from './support/stores.ts';
import { oneCaseBundle } from './support/one-case-bundle.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const cite = [{ source: 'source:court', locator: 'p. 2' }];

function bundle() {
  return oneCaseBundle(
    { id: 'source:court', title: 'Court records' },
    {
      confirmed: { on: '2022-03-01', sources: cite },
    },
    {
      measures: [
        {
          id: 'measure:arrest',
          case: 'case:c',
          person: 'person:p',
          kind: 'administrative_arrest',
          article: { jurisdiction: 'kz', code: 'aoc', article: '488', part: '6' },
          steps: [
            { kind: 'ordered', date: '2022-01-05', sources: cite },
            { kind: 'ended', date: '2022-01-20', sources: cite },
          ],
        },
        {
          id: 'measure:detention',
          case: 'case:c',
          person: 'person:p',
          kind: 'suspect_detention',
          steps: [
            { kind: 'ordered', date: '2022-01-20', time: '09:30', sources: cite },
            {
              kind: 'changed',
              date: '2022-01-23',
              time: '11:00',
              successor: 'measure:custody',
              sources: cite,
            },
          ],
        },
        {
          id: 'measure:custody',
          case: 'case:c',
          person: 'person:p',
          kind: 'custody',
          steps: [{ kind: 'ordered', date: '2022-01-23', sources: cite }],
        },
      ],
    },
  );
}
type Bundle = ReturnType<typeof bundle>;

const read = (b: object) => readBundle(Readable.from([Buffer.from(JSON.stringify(b))]), 'detention.json');

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('detention kinds through import', (getStore) => {
  const run = (b: object) =>
    importBundle({ session: openSession(getStore(), EDITOR), law }, read(b), { file: 'detention.json' });

  test('an arrest under CoAO 488(6) and a suspect detention of 73 hours 30 minutes read back with their facts', async () => {
    const report = await run(bundle());
    assert.equal(report.counts.measure, 3);
    const file = await getCaseFile(openSession(getStore(), EDITOR), 'case:c');
    const arrest = file.measures.find((m) => m.id === 'measure:arrest');
    assert.deepEqual(arrest?.article, { jurisdiction: 'kz', code: 'aoc', article: '488', part: '6' });
    const detention = file.measures.find((m) => m.id === 'measure:detention');
    assert.deepEqual(
      detention?.steps.map((s) => s.time),
      ['09:30', '11:00'],
    );
    const shown = formatCaseFile(presentCaseFile(file, law));
    assert.match(shown, /administrative arrest under kz AOC 488\(6\) \(Person P\) +\[measure:arrest\]/);
    assert.match(
      shown,
      /\n +20 January 2022 09:30 +ordered\n +23 January 2022 11:00 +changed → measure:custody/,
    );
    const facts = computeCaseFacts(file, law, '2022-03-01');
    const d = facts.defendants[0];
    assert.deepEqual(d?.deprivedOfLibertyBy, {
      detention: { min: 3 + 38, max: 3 + 38 },
      houseArrest: { min: 0, max: 0 },
      administrativeArrest: { min: 15, max: 15 },
    });
    assert.deepEqual(d?.deprivedOfLiberty, { min: 56, max: 56 });
    const limits = new Map(d?.detentionLimits.map((f) => [f.measure, f]));
    assert.deepEqual(limits.get('measure:detention')?.length, { min: 73, max: 74 });
    assert.equal(limits.get('measure:detention')?.limit?.exceedsMax, 'yes');
    assert.equal(limits.get('measure:arrest')?.article?.exceedsMax, 'no');
    assert.deepEqual(
      facts.warnings.filter((w) => w.code === 'measure.over_limit').map((w) => w.record),
      ['measure:detention'],
    );
  });

  test('a step time that is not HH:MM refuses the whole import, naming the place', async () => {
    const bad: Bundle = bundle();
    (bad.measures[1]!.steps[0] as { time: string }).time = '24:10';
    const error = await run(bad).catch((e: unknown) => e);
    assert.ok(isDomainError(error, 'import.invalid_record'));
    assert.equal(error.issues[0]?.path, '$.measures[1].steps[0].time');
    assert.match(error.issues[0]?.message ?? '', /HH:MM/);
    assert.equal(await getStore().reader.count('measure'), 0);
  });
});
