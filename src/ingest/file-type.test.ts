import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimAgainst, sniffMediaType, type MediaType } from './file-type.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** The first bytes of each kind of file, as real files begin. */
const SAMPLES: [string, Uint8Array, MediaType | undefined][] = [
  ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), 'application/pdf'],
  ['PDF after a few junk bytes', bytes('\r\n\r\n%PDF-1.4\n'), 'application/pdf'],
  ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
  ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'image/jpeg'],
  ['GIF', bytes('GIF89a\x01\x00\x01\x00'), 'image/gif'],
  ['WebP', bytes('RIFF\x24\x00\x00\x00WEBPVP8 '), 'image/webp'],
  ['TIFF, little-endian', bytes('II*\x00\x08\x00\x00\x00'), 'image/tiff'],
  ['TIFF, big-endian', bytes('MM\x00*\x00\x00\x00\x08'), 'image/tiff'],
  ['MP4', bytes('\x00\x00\x00\x20ftypisom\x00\x00\x02\x00'), 'video/mp4'],
  ['MOV', bytes('\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00'), 'video/quicktime'],
  ['old MOV without ftyp', bytes('\x00\x00\x00\x08wide\x00\x00\x00\x00mdat'), 'video/quicktime'],
  ['M4A', bytes('\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00'), 'audio/mp4'],
  [
    'WebM',
    bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'),
    'video/webm',
  ],
  [
    'MKV',
    bytes([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x88], 'matroska'),
    'video/x-matroska',
  ],
  ['MP3 with an ID3 tag', bytes('ID3\x04\x00\x00\x00\x00\x00\x00'), 'audio/mpeg'],
  ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64, 0x00]), 'audio/mpeg'],
  ['WAV', bytes('RIFF\x24\x08\x00\x00WAVEfmt '), 'audio/wav'],
  ['Ogg', bytes('OggS\x00\x02\x00\x00'), 'audio/ogg'],
  ['HTML', bytes('\n  <!DOCTYPE html>\n<html lang="ru"><head>'), 'text/html'],
  ['HTML without a doctype', Buffer.from('<html><body>Мамай</body></html>'), 'text/html'],
  [
    'MHTML',
    bytes(
      'From: <Saved by Blink>\r\nSubject: post\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"',
    ),
    'multipart/related',
  ],
  ['WARC', bytes('WARC/1.1\r\nWARC-Type: warcinfo\r\n'), 'application/warc'],
  ['plain UTF-8 text', Buffer.from('Обвинительный акт, ч. 1 ст. 272 УК РК\n'), 'text/plain'],
  [
    'plain Windows-1251 text',
    Buffer.from([0xce, 0xe1, 0xe2, 0xe8, 0xed, 0xe5, 0xed, 0xe8, 0xe5, 0x0a]),
    'text/plain',
  ],
  [
    'DOCX',
    bytes('PK\x03\x04\x14\x00\x06\x00', '[Content_Types].xml', '\x00PK\x03\x04', 'word/document.xml'),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  ['another zip', bytes('PK\x03\x04\x14\x00\x00\x00', 'data.csv'), undefined],
  ['an executable', bytes('\x7fELF\x02\x01\x01\x00\x00\x00'), undefined],
  ['nothing', new Uint8Array(0), undefined],
];

describe('sniffMediaType reads the type from the bytes', () => {
  for (const [name, sample, expected] of SAMPLES)
    test(name, () => assert.equal(sniffMediaType(sample), expected));
});

describe('claimAgainst: a name or declared type that says what the bytes are not', () => {
  test('a PNG named .pdf is caught by its name', () => {
    assert.deepEqual(claimAgainst('image/png', { name: 'indictment.pdf' }), { by: 'name', claim: '.pdf' });
  });

  test('a PDF sent as image/jpeg is caught by its declared type', () => {
    assert.deepEqual(claimAgainst('application/pdf', { name: 'a.pdf', declaredType: 'image/jpeg' }), {
      by: 'declared type',
      claim: 'image/jpeg',
    });
  });

  test('agreeing claims, aliases and claims of nothing pass', () => {
    assert.equal(
      claimAgainst('application/pdf', { name: 'Акт.PDF', declaredType: 'Application/PDF; x=1' }),
      undefined,
    );
    assert.equal(claimAgainst('image/jpeg', { name: 'photo.JPG', declaredType: 'image/jpg' }), undefined);
    assert.equal(claimAgainst('video/quicktime', { name: 'clip.mp4', declaredType: 'video/mp4' }), undefined);
    assert.equal(
      claimAgainst('application/pdf', { name: 'scan', declaredType: 'application/octet-stream' }),
      undefined,
    );
    assert.equal(claimAgainst('application/pdf', { name: 'document.unknownext' }), undefined);
  });

  test('text named or sent as another text is no lie; text named .pdf is', () => {
    assert.equal(claimAgainst('text/plain', { name: 'fragment.html', declaredType: 'text/html' }), undefined);
    assert.equal(claimAgainst('text/html', { name: 'page.txt', declaredType: 'text/plain' }), undefined);
    assert.deepEqual(claimAgainst('text/plain', { name: 'notes.pdf' }), { by: 'name', claim: '.pdf' });
  });
});
