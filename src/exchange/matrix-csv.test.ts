import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildMatrix } from '../core/matrix/matrix-builder.ts';
import { chargeRecord } from '../../test/support/record-fixtures.ts';
import { csvCell, toCsv } from './csv.ts';
import { MATRIX_CSV_HEADER, matrixCsv } from './matrix-csv.ts';
import { parseCsv } from '../../test/support/csv.ts';

describe('CSV cells', () => {
  test('quotes commas, quotes and line breaks, doubling the quotes', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('he said "no"'), '"he said ""no"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(3), '3');
  });

  test('text that a spreadsheet would run as a formula gets a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t'])
      assert.equal(csvCell(`${start}HYPERLINK("x")`).replace(/^"/, '').startsWith(`'${start}`), true, start);
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('a=1'), 'a=1');
  });

  test('rows end in CRLF and read back as written', () => {
    const text = toCsv(['a', 'b'], [['=cmd|x', 'line\r\nbreak, "quoted"']]);
    assert.ok(text.endsWith('\r\n'));
    assert.deepEqual(parseCsv(text), [
      ['a', 'b'],
      ["'=cmd|x", 'line\r\nbreak, "quoted"'],
    ]);
  });
});

describe('the matrix as CSV', () => {
  const law = {
    offenceElements: () => [
      { key: 'organising', kind: 'conduct' as const, titles: { en: 'organising', ru: 'организация' } },
      { key: 'violence', kind: 'circumstance' as const, titles: { en: 'violence, pogroms', ru: 'насилие' } },
    ],
  };
  const matrix = buildMatrix(
    {
      case: { id: 'case:a', jurisdiction: 'kz' },
      charges: [chargeRecord('charge:a', 'case:a')],
      allegations: [
        {
          id: 'allegation:1',
          case: 'case:a',
          document: 'source:d',
          charge: 'charge:a',
          type: 'speech',
          summary: '=HYPERLINK("http://evil") called people, to a protest',
          elements: ['organising'],
          passage: { page: 3, quote: 'q' },
          visibility: 'public',
          sources: [],
        },
      ],
      evidence: [
        {
          id: 'evidence:1',
          case: 'case:a',
          type: 'expert_opinion',
          side: 'prosecution',
          commissionedBy: 'prosecution',
          title: 'Expert analyses',
          links: [{ allegation: 'allegation:1', stance: 'supports' }],
          visibility: 'public',
          sources: [],
        },
      ],
    },
    law,
  );

  test('one row per charge, element, allegation and evidence, with the gap flags', () => {
    const [header, ...rows] = parseCsv(matrixCsv(matrix, 'ru'));
    assert.deepEqual(header, [...MATRIX_CSV_HEADER] as string[]);
    const col = (name: string) => (header ?? []).indexOf(name);
    assert.equal(rows.length, 2);
    const [organising, violence] = rows;
    assert.equal(organising?.[col('element_title')], 'организация');
    assert.equal(
      organising?.[col('allegation_summary')],
      `'=HYPERLINK("http://evil") called people, to a protest`,
    );
    assert.equal(organising?.[col('page')], '3');
    assert.equal(organising?.[col('evidence')], 'evidence:1');
    assert.equal(organising?.[col('only_commissioned_expert')], 'yes');
    assert.equal(organising?.[col('speech_unassessed')], 'yes');
    assert.equal(organising?.[col('element_uncovered')], '');
    assert.equal(violence?.[col('element')], 'violence');
    assert.equal(violence?.[col('allegation')], '');
    assert.equal(violence?.[col('element_uncovered')], 'yes');
    assert.equal(violence?.[col('speech_unassessed')], '');
    assert.equal(violence?.[col('gaps_certain')], 'yes');
  });
});
