import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paragraphFinder, textAsRead } from './text-as-read.ts';

const TEXT = [
  'A caption.',
  'He was charged on May 3 with “organizing mass riots.” The charge carries ten years.',
  'He was held  in custody for two months.\nHe remains under house arrest.',
  'Nothing here was read.',
].join('\n');

test('each row is placed in the paragraph its sentence begins in, however its spaces and line breaks run', () => {
  const rows = [
    { place: 'charges.0', quote: 'He was charged on May 3 with “organizing mass riots.”' },
    { place: 'measures.0', quote: 'He was held in custody for two months.' },
    // A measure read from two sentences, joined as the form joins them.
    { place: 'measures.1', quote: 'He was held in custody for two months. … He remains under house arrest.' },
    { place: 'hearings.0', quote: 'A sentence the text does not hold.' },
  ];
  const { paragraphs, paragraphOf } = textAsRead(TEXT, rows);
  assert.deepEqual(
    paragraphs.map((p) => p.pieces.map((piece) => piece.text).join('')),
    TEXT.split('\n'),
    'the text is laid out whole, a paragraph a line',
  );
  assert.deepEqual(
    [...paragraphOf],
    [
      ['charges.0', 2],
      ['measures.0', 3],
      ['measures.1', 3],
    ],
  );
  assert.deepEqual(paragraphs[1]?.places, ['charges.0']);
  assert.deepEqual(paragraphs[2]?.places, ['measures.0', 'measures.1']);
  assert.deepEqual(paragraphs[4]?.places, [], 'a paragraph nothing was read from has no rows');
  // The charge's sentence is marked with its row after it; the sentence after it is not marked.
  const charged = paragraphs[1]?.pieces ?? [];
  assert.deepEqual(
    charged.map((p) => [p.text, p.places, p.ends]),
    [
      ['He was charged on May 3 with “organizing mass riots.”', ['charges.0'], ['charges.0']],
      [' The charge carries ten years.', [], []],
    ],
  );
  // Two rows read from one sentence mark it once; a joined quote's row is named after its last sentence, in the
  // paragraph after.
  const pieces = (n: number) => (paragraphs[n]?.pieces ?? []).map((p) => [p.text, p.places, p.ends]);
  assert.deepEqual(pieces(2), [
    ['He was held  in custody for two months.', ['measures.0', 'measures.1'], ['measures.0']],
  ]);
  assert.deepEqual(pieces(3), [['He remains under house arrest.', ['measures.1'], ['measures.1']]]);
  assert.deepEqual(paragraphs[3]?.places, [], 'its line is under the paragraph its first sentence is in');
});

test('a text with blank lines is laid out by its blocks, a hard-wrapped line not being a paragraph', () => {
  const text = 'First block, wrapped\nover two lines.\n\n  Second block.  \n\n\nThird.';
  const { paragraphs } = textAsRead(text, [
    { place: 'charges.0', quote: 'First block, wrapped over two lines.' },
  ]);
  assert.deepEqual(
    paragraphs.map((p) => p.pieces.map((piece) => piece.text).join('')),
    ['First block, wrapped\nover two lines.', 'Second block.', 'Third.'],
  );
  assert.equal(paragraphFinder(text)('Third.'), 3);
  assert.equal(paragraphFinder(text)('Fourth.'), undefined);
  // A quote joining sentences of two paragraphs is where its line is: after the last.
  assert.equal(paragraphFinder(text)('Second block. … Third.'), 3);
  // Words that mean something to a pattern are found as words.
  assert.equal(paragraphFinder('Art. 272(1) [sic] cost $5?')('Art. 272(1) [sic] cost $5?'), 1);
});
