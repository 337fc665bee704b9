import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDomainError } from '../core/errors.ts';
import { corruptPdf } from '../../test/support/pdf-fixtures.ts';
import { readDocumentText } from './document-text.ts';
import { htmlToText } from './plain-text.ts';

describe('readDocumentText of files other than PDFs', () => {
  test('plain UTF-8 text is one page of text', async () => {
    const result = await readDocumentText(Buffer.from('\uFEFFч. 1 ст. 272 УК РК\nвторая строка'), {
      name: 'note.txt',
    });
    assert.deepEqual(result, {
      mediaType: 'text/plain',
      pageCount: 1,
      pages: [{ page: 1, text: 'ч. 1 ст. 272 УК РК\nвторая строка', method: 'text' }],
      warnings: [],
    });
  });

  test('a Windows-1251 text file reads as Cyrillic', async () => {
    const cp1251 = Buffer.from([
      0xce, 0xe1, 0xe2, 0xe8, 0xed, 0xe8, 0xf2, 0xe5, 0xeb, 0xfc, 0xed, 0xfb, 0xe9,
    ]);
    const result = await readDocumentText(cp1251, { name: 'act.txt' });
    assert.equal(result.pages[0]!.text, 'Обвинительный');
  });

  test('an HTML capture gives its visible text, not its scripts', async () => {
    const html =
      '<!doctype html><html><head><style>p{}</style><script>alert(1)</script></head><body><p>Пост &laquo;x&raquo; &amp; Мамай</p><p>второй&#33;</p></body></html>';
    const result = await readDocumentText(Buffer.from(html), {
      name: 'post.html',
      declaredType: 'text/html',
    });
    assert.equal(result.pages[0]!.text, 'Пост «x» & Мамай\nвторой!');
  });

  test('audio is kept without text, and the warning says so', async () => {
    const mp3 = Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00 audio', 'latin1');
    const result = await readDocumentText(mp3, { name: 'speech.mp3' });
    assert.equal(result.mediaType, 'audio/mpeg');
    assert.deepEqual(result.pages, []);
    assert.deepEqual(
      result.warnings.map((w) => w.code),
      ['text.not_extracted'],
    );
  });

  test('the upload checks run again: a corrupt PDF is refused', async () => {
    await assert.rejects(readDocumentText(corruptPdf(), { name: 'broken.pdf' }), (e) =>
      isDomainError(e, 'document.corrupt'),
    );
  });
});

test('htmlToText puts blocks on their own lines and leaves no tag', () => {
  assert.equal(htmlToText('<div>one<br>two</div><!-- hidden --><li>three</li>'), 'one\ntwo\nthree');
});
