import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libertyDays } from './liberty-dates.ts';
import { textDates } from './text-dates.ts';
import { textSentences } from './text-sentences.ts';

/** The days a text shows the person at liberty, by the first words of the sentence showing it. */
const free = (text: string, names: string[]) =>
  libertyDays(textSentences(text), textDates(text), names).map((l) => [
    l.day,
    l.sentence.text.split(' ').slice(0, 3).join(' '),
  ]);

test('a dated caption or appearance of the person speaking in public shows them at liberty that day', () => {
  assert.deepEqual(
    free(
      'Kazakh opposition politician Zhanbolat Mamai speaks during an interview in Almaty, Kazakhstan, January 28, 2022.\nMamay was placed under house arrest after spending just over eight months in pretrial detention.',
      ['Zhanbolat Mamay', 'Zhanbolat Mamai'],
    ),
    [['2022-01-28', 'Kazakh opposition politician']],
  );
  assert.deepEqual(
    free('Садыков выступил на митинге в Алматы 3 марта 2024 года. Позже его задержали.', ['Ерлан Садыков']),
    [['2024-03-03', 'Садыков выступил на']],
  );
});

test('a person seen in court or custody, another person, or a day without its year shows no day at liberty', () => {
  const names = ['Erlan Sadykov'];
  // In a courtroom, or in custody, speaking is no sign of liberty.
  assert.deepEqual(free('Erlan Sadykov speaks in court in Almaty on March 3, 2024.', names), []);
  assert.deepEqual(free('Sadykov spoke from pretrial detention on March 3, 2024.', names), []);
  // Another person speaking is not this one.
  assert.deepEqual(free('Aigul Bekova speaks during an interview in Almaty, March 3, 2024.', names), []);
  // A month is not a day: it bounds nothing to the day.
  assert.deepEqual(free('Erlan Sadykov speaks at a rally in Almaty in March 2024.', names), []);
});
