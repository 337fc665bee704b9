// Test documents made in the tests: a Russian PDF with a citation on page 3, a scanned page, a corrupt PDF, a PNG
// named .pdf, an empty file and a PDF bomb. Nothing is downloaded; pdfkit writes with the DejaVu font.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, createDeflate } from 'node:zlib';
import PDFDocument from 'pdfkit';

/** The font with Cyrillic and the Kazakh letters, installed by .ci/run's fonts-dejavu-core. */
export const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/**
 * Why the document tests cannot run here, or undefined when they can: the DejaVu font and pdftoppm, and with
 * `ocr` tesseract with eng, rus and kaz. On CI (CI=true) nothing is skipped: a missing tool fails the tests.
 */
export function ingestSkipReason(options: { ocr?: boolean } = {}): string | undefined {
  if (process.env.CI === 'true') return undefined;
  const missing: string[] = [];
  if (!existsSync(DEJAVU)) missing.push('fonts-dejavu-core');
  if (spawnSync('pdftoppm', ['-v']).error) missing.push('poppler-utils');
  if (options.ocr) {
    const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
    const have = new Set((langs.stdout ?? '').split('\n').map((l) => l.trim()));
    if (langs.error) missing.push('tesseract-ocr');
    for (const lang of ['eng', 'rus', 'kaz'])
      if (!langs.error && !have.has(lang)) missing.push(`tesseract-ocr-${lang}`);
  }
  return missing.length === 0 ? undefined : `not installed: ${missing.join(', ')}; these tests are skipped`;
}

/** The citation page 3 of the Russian PDF carries. */
export const CITATION = 'ч. 1 ст. 272 УК РК';

/** The Russian PDF's pages: real prose of an indictment, the citation on page 3, Kazakh letters on page 4. */
export const RUSSIAN_PAGES: readonly string[] = [
  'ОБВИНИТЕЛЬНЫЙ АКТ\nпо уголовному делу № 227500031000123\n\nГород Алматы, 7 ноября 2022 года.\nСледственная группа Департамента полиции рассмотрела материалы уголовного дела.',
  'Установил: в январе 2022 года в городе Алматы произошли массовые беспорядки.\nОбвиняемый Мамай Жанболат Ахметович призывал граждан к участию в мирном собрании.',
  `Своими действиями обвиняемый совершил уголовное правонарушение, предусмотренное ${CITATION}, а именно организацию массовых беспорядков, сопровождавшихся насилием, погромами и поджогами.`,
  'Қазақстан Республикасының Қылмыстық кодексі: әйел, ғылым, қала, өңір, ұлт, үкімет, һәм, іс.\nДоказательства: видеозаписи из сети Facebook, заключения экспертов.',
];

/** A PDF written by pdfkit with DejaVu Sans, one page per text. */
export function textPdf(pages: readonly string[], fontSize = 12): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Casewatch test document' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(DEJAVU).fontSize(fontSize);
  pages.forEach((text, i) => {
    if (i > 0) doc.addPage();
    doc.text(text, { lineGap: 4 });
  });
  doc.end();
  return done;
}

/** The Russian PDF with real Cyrillic text on four pages and the citation on page 3. */
export function russianPdf(): Promise<Buffer> {
  return textPdf(RUSSIAN_PAGES);
}

/** The words the scanned page shows, English and Russian, large enough for OCR at 300 dpi. */
export const SCANNED_TEXT =
  'INDICTMENT\nThe prosecutor charges the defendant\nwith organising mass riots.\nОбвинительный акт';

/** A page rendered as a PNG image (pdftoppm at `dpi`): what a scanner would give. */
export async function pageImage(text = SCANNED_TEXT, dpi = 150): Promise<Buffer> {
  const folder = mkdtempSync(join(tmpdir(), 'cw-fixture-'));
  try {
    writeFileSync(join(folder, 'page.pdf'), await textPdf([text], 20));
    execFileSync('pdftoppm', [
      '-r',
      `${dpi}`,
      '-gray',
      '-png',
      '-singlefile',
      join(folder, 'page.pdf'),
      join(folder, 'page'),
    ]);
    return readFileSync(join(folder, 'page.png'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * A scanned document: page 1 an image of text (with no text layer, or only a stamped `stamp` such as a sheet
 * number); page 2, when asked, a page of real text but little of it (so one document mixes both).
 */
export async function scannedPdf(options: { withTextPage?: boolean; stamp?: string } = {}): Promise<Buffer> {
  const image = await pageImage();
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
  if (options.stamp !== undefined) doc.font(DEJAVU).fontSize(9).text(options.stamp, 270, 800);
  if (options.withTextPage)
    doc.addPage({ margin: 56 }).font(DEJAVU).fontSize(12).text('Страница с текстовым слоем.');
  doc.end();
  return done;
}

/** A file that begins as a PDF and is nothing of one after its header. */
export function corruptPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.7\n%\xe2\xe3\xcf\xd3\nthis is not an object\x00\x01\x02 trailer garbage\n%%EOF\n',
    'latin1',
  );
}

/** A zero-byte file. */
export function emptyFile(): Buffer {
  return Buffer.alloc(0);
}

/**
 * A PDF bomb: a well-formed PDF of a few megabytes whose one Flate stream inflates to `inflatedBytes` of zeros
 * (2 GiB unless told), deflated in 1 MiB chunks so that the whole is never held.
 */
export async function pdfBomb(inflatedBytes = 2 * 1024 ** 3): Promise<Buffer> {
  const deflater = createDeflate({ level: 9, strategy: constants.Z_RLE });
  const parts: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => parts.push(chunk));
  const ended = new Promise<void>((resolve, reject) => deflater.on('end', resolve).on('error', reject));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let left = inflatedBytes; left > 0; left -= zeros.length) {
    if (!deflater.write(left >= zeros.length ? zeros : zeros.subarray(0, left)))
      await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await ended;
  const data = Buffer.concat(parts);
  return minimalPdf(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, data);
}

/** A one-page PDF whose page's content is the given stream (its dictionary and bytes), with a true xref table. */
export function minimalPdf(streamHead: string, streamData: Buffer): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: Buffer | string) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (n: number, body: () => void) => {
    offsets[n] = length;
    add(`${n} 0 obj\n`);
    body();
    add('\nendobj\n');
  };
  add('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  object(1, () => add('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'));
  object(3, () => add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'));
  object(4, () => {
    add(streamHead);
    add(streamData);
    add('\nendstream');
  });
  const xref = length;
  add(`xref\n0 5\n0000000000 65535 f \n`);
  for (let n = 1; n <= 4; n++) add(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** An upload that must be refused: what it is, the name (and type) it comes with, its bytes, the code it earns. */
export interface BadUpload {
  what: string;
  name: string;
  declaredType?: string;
  bytes: Buffer;
  code:
    | 'document.empty'
    | 'document.corrupt'
    | 'document.type_mismatch'
    | 'document.bomb'
    | 'document.unsupported';
}

/**
 * The uploads every way in (checkUpload, the command line, the API) must refuse with a clear error, storing
 * nothing: a zero-byte file, a corrupt PDF, a PNG named .pdf, a PDF sent as a JPEG, a PDF bomb, a program.
 * (Too large is a limit, not a file: set `maxBytes` low to try it.)
 */
export async function badUploads(): Promise<BadUpload[]> {
  const [png, pdf, bomb] = await Promise.all([pageImage('PNG'), russianPdf(), pdfBomb()]);
  return [
    { what: 'a zero-byte file', name: 'empty.pdf', bytes: emptyFile(), code: 'document.empty' },
    { what: 'a corrupt PDF', name: 'broken.pdf', bytes: corruptPdf(), code: 'document.corrupt' },
    { what: 'a PNG named .pdf', name: 'indictment.pdf', bytes: png, code: 'document.type_mismatch' },
    {
      what: 'a PDF sent as a JPEG',
      name: 'scan',
      declaredType: 'image/jpeg',
      bytes: pdf,
      code: 'document.type_mismatch',
    },
    { what: 'a PDF bomb', name: 'bomb.pdf', bytes: bomb, code: 'document.bomb' },
    {
      what: 'a program',
      name: 'tool',
      bytes: Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'),
      code: 'document.unsupported',
    },
  ];
}
