import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JOINED } from '../../../lib/text-as-read.ts';
import { emptyQuickCharge } from './quick-case.ts';
import { textSummary, withYears } from './quick-case-titles.ts';

test('a date or season the sentence gives without its year has the year added in square brackets, its words kept', () => {
  assert.equal(
    withYears('As elections near this spring, the prosecutor on January 26 charged him.', '2023-01-26'),
    'As elections near this spring [2023], the prosecutor on January 26 [2023] charged him.',
  );
  assert.equal(
    withYears('Этой весной выборы; 26 января ему предъявили обвинение.', '2023-01-26'),
    'Этой весной [2023 года] выборы; 26 января [2023 года] ему предъявили обвинение.',
  );
  assert.equal(
    withYears('26 қаңтарда айып тағылды.', '2023-01-26'),
    '[2023 жылғы] 26 қаңтарда айып тағылды.',
  );
  // A date that gives its year is left as it is.
  assert.equal(
    withYears('His trial began November 7, 2022.', '2023-01-26'),
    'His trial began November 7, 2022.',
  );
});

test('the summary offered leaves out the sentence a measure cites only for the day it shows the person at liberty', () => {
  const caption = 'Erlan Sadykov speaks at a rally in Almaty, March 3, 2024.';
  const charged = 'On March 20 [2024] police charged Sadykov with “spreading false information”.';
  const held = 'He has spent two months in pretrial detention.';
  const text = `${caption}\n${charged.replace(' [2024]', '')} ${held}`;
  const summary = textSummary(
    {
      charges: [
        { ...emptyQuickCharge('charge:1'), quote: charged.replace(' [2024]', ''), date: '2024-03-20' },
      ],
      measures: [
        {
          quote: `${caption}${JOINED}${held}`,
          from: '[2024-03-03..2024-03-26]',
          because: ['liberty_to_news'],
        },
      ],
      hearings: [],
    },
    text,
  );
  assert.equal(summary, `${charged} ${held}`);
});
