import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

const conducts = (text: string) =>
  draftCase(text, law).charges.map((c) => [
    c.article?.article,
    c.conduct?.text,
    c.conduct?.on?.date,
    c.conduct?.quote.text.slice(0, 20),
  ]);

test('the acts a charge is brought for, and their day, are read after the offence; its lineage shares them', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  // Charged again "for his alleged role in the January 2022 protests in Almaty": the charge it was brought again
  // after, and the one that charge became, are for the same acts, cited where the text says them.
  assert.deepEqual(conducts(text), [
    ['272', 'his alleged role in the January 2022 protests in Almaty', '2022-01', 'As Kazakhstan gears '],
    ['400', 'his alleged role in the January 2022 protests in Almaty', '2022-01', 'As Kazakhstan gears '],
    ['272', 'his alleged role in the January 2022 protests in Almaty', '2022-01', 'As Kazakhstan gears '],
    // The lesser charges are for acts the text does not say.
    ['378', undefined, undefined, undefined],
    ['274', undefined, undefined, undefined],
  ]);
  // The day is the events' month, worked out: the text dates the events, not the acts.
  assert.equal(draftCase(text, law).charges[0]?.conduct?.on?.because, 'events_charged');
});

test('in Russian, "за участие в …"; a length or a count after "for" is not an act', () => {
  assert.deepEqual(
    conducts(
      'Ему предъявили обвинение в «организации массовых беспорядков» за участие в событиях в Жанаозене.',
    ).map((c) => c[1]),
    ['участие в событиях в Жанаозене'],
  );
  assert.deepEqual(
    conducts('On 3 March 2023 he was charged with “organizing mass riots” for the second time.').map(
      (c) => c[1],
    ),
    [undefined],
  );
});
