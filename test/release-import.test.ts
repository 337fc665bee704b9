// A bundle with a release imports through the import service; case show and the facts read it back.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../src/core/actor.ts';
import { openSession } from '../src/core/access/session.ts';
import { presentCaseFile } from '../src/core/case/case.presenter.ts';
import { getCaseFile } from '../src/core/case/case.service.ts';
import { isDomainError } from '../src/core/errors.ts';
import { computeCaseFacts } from '../src/core/facts/case-facts.ts';
import type { LegalKnowledge } from '../src/core/law/legal-knowledge.ts';
import { importBundle } from '../src/core/record/import.service.ts';
import { formatCaseFile } from '../src/cli/format-case.ts';
import { readBundle } from '../src/exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { forEachStore } from './support/stores.ts';
import { oneCaseBundle } from './support/one-case-bundle.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const cite = [{ source: 'source:news', locator: 'para. 3' }];

/** A case of 0.1.0's shape (formatVersion 1) whose case record lists a release after a verdict. */
function bundle() {
  return oneCaseBundle(
    { id: 'source:news', title: 'Released on parole' },
    {
      // Confirmed up to the day the facts are asked for: the release is then certain on it.
      confirmed: { on: '2025-06-01', sources: cite },
      releases: [
        {
          person: 'person:p',
          date: '2025-03-01',
          reason: 'conditional_early_release',
          decision: 'decision:parole',
          sources: cite,
        },
      ],
    },
    {
      measures: [
        {
          id: 'measure:m',
          case: 'case:c',
          person: 'person:p',
          kind: 'custody',
          steps: [{ kind: 'ordered', date: '2022-01-06' }],
        },
      ],
      decisions: [
        {
          id: 'decision:v',
          case: 'case:c',
          kind: 'verdict',
          date: '2022-12-20',
          enteredIntoForce: '2023-01-06',
          defendant: 'person:p',
          sentence: [
            { type: 'imprisonment', term: { years: 5 }, regime: 'medium', isPrincipal: true },
            { type: 'deprivation_of_right', term: { years: 3 }, activity: 'journalism' },
          ],
        },
        { id: 'decision:parole', case: 'case:c', kind: 'other', date: '2025-02-20', defendant: 'person:p' },
      ],
    },
  );
}
type Bundle = ReturnType<typeof bundle>;

const read = (b: object) => readBundle(Readable.from([Buffer.from(JSON.stringify(b))]), 'release.json');

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('a bundle with a release', (getStore) => {
  const run = (b: object) =>
    importBundle({ session: openSession(getStore(), EDITOR), law }, read(b), { file: 'release.json' });

  test('imports; case show lists it in words and the facts read "released" with the difference explained', async () => {
    const report = await run(bundle());
    assert.equal(report.counts.case, 1);
    const file = await getCaseFile(openSession(getStore(), EDITOR), 'case:c');
    assert.deepEqual(file.case.releases?.[0]?.sources, cite);
    const text = formatCaseFile(presentCaseFile(file, law));
    assert.match(
      text,
      /Releases:\n {2}1 March 2025 +Person P released: conditional early release \(following decision:parole\)/,
    );
    assert.match(
      text,
      /sentence: ban on holding certain posts or engaging in certain activities \(journalism\), 3 years/,
    );
    const d = computeCaseFacts(file, law, '2025-06-01').defendants[0];
    assert.equal(d?.status.status, 'released');
    assert.equal(d?.status.isCertain, true);
    assert.equal(d?.sentenceEnd?.isFlagged, false);
    assert.deepEqual(d?.sentenceEnd?.differenceDays, { min: 494, max: 494 });
    assert.equal(d?.penalties[0]?.start?.basis, 'release');
  });

  test('a release of someone outside the case, or following no decision, refuses the whole import', async () => {
    const stranger: Bundle = bundle();
    stranger.persons.push({
      id: 'person:q',
      names: [{ value: 'Person Q', script: 'Latn', language: 'en', kind: 'native' }],
    });
    stranger.cases[0]!.releases[0]!.person = 'person:q';
    const outside = await run(stranger).catch((e: unknown) => e);
    assert.ok(isDomainError(outside, 'import.invalid_record'));
    assert.equal(outside.issues[0]?.path, '$.cases[0].releases[0].person');
    assert.match(outside.issues[0]?.message ?? '', /"person:q", who is not a participant of case "case:c"/);
    const dangling: Bundle = bundle();
    dangling.cases[0]!.releases[0]!.decision = 'decision:none';
    const none = await run(dangling).catch((e: unknown) => e);
    assert.ok(isDomainError(none, 'import.invalid_record'));
    assert.equal(none.issues[0]?.path, '$.cases[0].releases[0].decision');
    const bad: Bundle = bundle();
    (bad.cases[0]!.releases[0] as { reason: string }).reason = 'escape';
    const reason = await run(bad).catch((e: unknown) => e);
    assert.ok(isDomainError(reason, 'import.invalid_record'));
    assert.equal(reason.issues[0]?.path, '$.cases[0].releases[0].reason');
    assert.equal(await getStore().reader.count('case'), 0);
  });
});
