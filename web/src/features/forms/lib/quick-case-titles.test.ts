import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withYears } from './quick-case-titles.ts';

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
