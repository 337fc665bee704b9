import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeCaseFacts } from './case-facts.ts';
import { formatCaseFacts } from '../../cli/format-facts.ts';
import type { Charge } from '../charge/charge.ts';
import { cc, kzLaw, makeCharge, makeFile } from '../../../test/support/facts-factory.ts';

const law = kzLaw();

const factsOf = (charge: Charge) => computeCaseFacts(makeFile({ charges: [charge] }), law, '2022-02-01');

const staged = (kind: 'preparation' | 'attempt', article = cc('272', '1')) =>
  makeCharge('charge:riots', article, '2022-01-10', [], {
    stage: { kind, qualifier: { article: '24', part: kind === 'attempt' ? '3' : '1' }, sources: [] },
  });

test('preparation of 272(1) (max 10 years, grave) exposes at most 5 years (Art. 56: half)', () => {
  const facts = factsOf(staged('preparation'));
  const e = facts.exposure.charges[0];
  assert.equal(e?.isPunishable, 'yes');
  assert.deepEqual(e?.maxImprisonment?.max, { life: false, value: 5, unit: 'years' });
  assert.equal(e?.maxImprisonment?.text, '5 years');
  assert.deepEqual(e?.parts[0]?.uncappedMaxImprisonment, { life: false, value: 10, unit: 'years' });
  assert.equal(e?.stage?.title, 'preparation');
  assert.equal(e?.stage?.qualifier, 'Art. 24(1)');
  assert.deepEqual(e?.stage?.maxFraction, { numerator: 1, denominator: 2 });
  assert.equal(facts.exposure.byDefendant[0]?.maxImprisonment?.text, '5 years');
  assert.deepEqual(facts.warnings, []);
});

test('an attempt at 272(1) exposes at most 7 years 6 months (Art. 56: three quarters)', () => {
  const facts = factsOf(staged('attempt'));
  const e = facts.exposure.charges[0];
  assert.deepEqual(e?.maxImprisonment?.max, { life: false, value: 7.5, unit: 'years' });
  assert.equal(e?.maxImprisonment?.text, '7 years 6 months');
  const text = formatCaseFacts(facts);
  assert.match(text, /Art\. 272\(1\) \(attempt, with Art\. 24\(3\)\): imprisonment up to 7 years 6 months/);
  assert.match(text, /Maximum exposure: 7 years 6 months/);
});

test('preparation of a medium crime (272(3)) is not punishable: it exposes nothing, with a warning', () => {
  const facts = factsOf(staged('preparation', cc('272', '3')));
  const e = facts.exposure.charges[0];
  assert.equal(e?.isPunishable, 'no');
  assert.equal(e?.maxImprisonment, undefined);
  assert.deepEqual(e?.nonCustodialMaxima, []);
  assert.equal(e?.isPenaltyUnknown, false);
  assert.deepEqual(
    facts.warnings.map((w) => [w.code, w.record]),
    [['charge.not_punishable', 'charge:riots']],
  );
  assert.match(facts.warnings[0]?.message ?? '', /preparation of Art\. 272\(3\) is not punishable/);
  assert.match(formatCaseFacts(facts), /Art\. 272\(3\) \(preparation, with Art\. 24\(1\)\): not punishable/);
  // An attempt at the same medium crime is punishable: three quarters of the 3 years 272(3) carried before 2023.
  const attempt = factsOf(staged('attempt', cc('272', '3'))).exposure.charges[0];
  assert.equal(attempt?.maxImprisonment?.text, '2 years 3 months');
});

test('preparation of a charge whose part is unknown ranges over the punishable parts only', () => {
  // 274: part 1 minor, 2 and 3 medium, 4 grave (7 years): only part 4 is punishable when prepared.
  const e = factsOf(staged('preparation', cc('274'))).exposure.charges[0];
  assert.equal(e?.isPunishable, 'possibly');
  assert.deepEqual(
    e?.parts.map((p) => p.isPunishable),
    ['no', 'no', 'no', 'yes'],
  );
  assert.equal(e?.maxImprisonment?.text, 'at least 0 days, at most 3 years 6 months');
});

test('an attempt excludes life imprisonment: 255(4) (20 years or life) caps at 15 years', () => {
  const e = factsOf(staged('attempt', cc('255', '4'))).exposure.charges[0];
  assert.equal(e?.maxImprisonment?.text, '15 years');
  assert.deepEqual(e?.parts[0]?.uncappedMaxImprisonment, { life: true });
});

test('an organiser of 272(1) faces the same 10 years: the data sets no cap by role (Arts 28-29)', () => {
  const facts = factsOf(
    makeCharge('charge:riots', cc('272', '1'), '2022-01-10', [], {
      role: { kind: 'organiser', qualifier: { article: '28', part: '3' }, sources: [] },
    }),
  );
  const e = facts.exposure.charges[0];
  assert.equal(e?.maxImprisonment?.text, '10 years');
  assert.equal(e?.role?.isKnownToData, true);
  assert.equal(e?.role?.maxFraction, undefined);
  assert.match(e?.role?.note ?? '', /no separate numeric cap/);
  assert.match(
    formatCaseFacts(facts),
    /Art\. 272\(1\) \(organiser, with Art\. 28\(3\)\): imprisonment up to 10 years/,
  );
});
