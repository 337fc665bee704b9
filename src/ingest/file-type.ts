// A file's type read from its bytes (magic numbers), never from its name; and what its name and declared type claim.

/** The media types Casewatch keeps as documents. */
export const MEDIA_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'], aliases: ['application/x-pdf'] },
  'image/png': { label: 'PNG image', extensions: ['png'], aliases: [] },
  'image/jpeg': {
    label: 'JPEG image',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    aliases: ['image/jpg', 'image/pjpeg'],
  },
  'image/gif': { label: 'GIF image', extensions: ['gif'], aliases: [] },
  'image/webp': { label: 'WebP image', extensions: ['webp'], aliases: [] },
  'image/tiff': { label: 'TIFF image', extensions: ['tif', 'tiff'], aliases: [] },
  'video/mp4': { label: 'MP4 video', extensions: ['mp4', 'm4v', 'mov'], aliases: ['video/quicktime'] },
  'video/quicktime': { label: 'QuickTime video', extensions: ['mov', 'mp4', 'qt'], aliases: ['video/mp4'] },
  'audio/mp4': {
    label: 'M4A audio',
    extensions: ['m4a', 'mp4', 'aac'],
    aliases: ['audio/x-m4a', 'audio/m4a', 'video/mp4'],
  },
  'video/webm': {
    label: 'WebM video',
    extensions: ['webm', 'mkv'],
    aliases: ['audio/webm', 'video/x-matroska'],
  },
  'video/x-matroska': {
    label: 'Matroska video',
    extensions: ['mkv', 'mka', 'webm'],
    aliases: ['audio/x-matroska', 'video/webm'],
  },
  'audio/mpeg': { label: 'MP3 audio', extensions: ['mp3'], aliases: ['audio/mp3', 'audio/mpeg3'] },
  'audio/wav': {
    label: 'WAV audio',
    extensions: ['wav'],
    aliases: ['audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
  },
  'audio/ogg': {
    label: 'Ogg audio or video',
    extensions: ['ogg', 'oga', 'ogv', 'opus'],
    aliases: ['video/ogg', 'application/ogg', 'audio/opus'],
  },
  'text/html': {
    label: 'HTML page',
    extensions: ['html', 'htm', 'xhtml'],
    aliases: ['application/xhtml+xml'],
  },
  'multipart/related': {
    label: 'MHTML web archive',
    extensions: ['mhtml', 'mht'],
    aliases: ['message/rfc822', 'application/x-mimearchive'],
  },
  'application/warc': { label: 'WARC web archive', extensions: ['warc'], aliases: [] },
  'text/plain': {
    label: 'plain text',
    extensions: ['txt', 'text', 'md', 'csv', 'log'],
    aliases: ['text/markdown', 'text/csv'],
  },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word document (DOCX)',
    extensions: ['docx'],
    aliases: [],
  },
} as const satisfies Record<
  string,
  { label: string; extensions: readonly string[]; aliases: readonly string[] }
>;

/** A media type Casewatch keeps. */
export type MediaType = keyof typeof MEDIA_TYPES;

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));
const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b);

/** The media type the bytes are, by their magic numbers; undefined when they are none Casewatch keeps. */
export function sniffMediaType(bytes: Uint8Array): MediaType | undefined {
  if (bytes.length === 0) return undefined;
  const head = ascii(bytes, 0, 16);
  // pdf.js, like most readers, accepts a PDF header anywhere in the first kilobyte.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'image/gif';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'image/tiff';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'image/webp';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WAVE') return 'audio/wav';
  if (head.startsWith('OggS')) return 'audio/ogg';
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]))
    return ascii(bytes, 0, 64).includes('webm') ? 'video/webm' : 'video/x-matroska';
  const box = head.slice(4, 8);
  if (box === 'ftyp') return isoBrand(head.slice(8, 12));
  if (['moov', 'mdat', 'wide', 'free', 'skip'].includes(box)) return 'video/quicktime';
  if (head.startsWith('ID3') || isMpegFrame(bytes)) return 'audio/mpeg';
  if (head.startsWith('WARC/')) return 'application/warc';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return isDocx(bytes) ? MEDIA_DOCX : undefined;
  return sniffText(bytes);
}

const MEDIA_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;

/** The ISO base media file's major brand: audio only, QuickTime, or MP4 video. */
function isoBrand(brand: string): MediaType {
  if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
  if (brand === 'qt  ') return 'video/quicktime';
  return 'video/mp4';
}

/** An MPEG audio frame header without an ID3 tag: eleven set sync bits, a layer, not a reserved version. */
function isMpegFrame(bytes: Uint8Array): boolean {
  const [a, b] = [bytes[0] ?? 0, bytes[1] ?? 0];
  return a === 0xff && (b & 0xe0) === 0xe0 && (b & 0x06) !== 0 && (b & 0x18) !== 0x08;
}

/** A zip holding a Word document: its entries name `word/` (a zip's entry names are stored in clear). */
function isDocx(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes('[Content_Types].xml', 0, 'latin1') && buffer.includes('word/', 0, 'latin1');
}

/**
 * Text: HTML, an MHTML archive's MIME headers, or plain text (UTF-8, or a legacy encoding such as Windows-1251)
 * with no NUL nor other binary control byte in its first 8 KB.
 */
function sniffText(bytes: Uint8Array): MediaType | undefined {
  const sample = bytes.subarray(0, 8192);
  if (sample.some((b) => b < 0x20 && !TEXT_CONTROLS.has(b))) return undefined;
  const start = new TextDecoder().decode(sample).replace(/^\uFEFF/, '');
  const lead = start.trimStart().slice(0, 512).toLowerCase();
  if (/^mime-version:/im.test(start.slice(0, 2048)) && /multipart\/related/i.test(start.slice(0, 4096)))
    return 'multipart/related';
  if (/^<(!doctype html|html[\s>]|head[\s>]|body[\s>])/.test(lead) || /^<\?xml[^>]*>\s*<html/.test(lead))
    return 'text/html';
  if (lead.startsWith('<!--') && /<html[\s>]/.test(lead)) return 'text/html';
  return 'text/plain';
}

/** Tab, line feed, form feed, carriage return and escape: the control bytes text files hold. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x1b]);

/** A file name's extension, lower-cased, without its dot. */
export function extensionOf(name: string): string | undefined {
  const match = /\.([a-z0-9]{1,6})$/i.exec(name.trim());
  return match?.[1]?.toLowerCase();
}

/** The kept types an extension names: only a known extension makes the name claim a type. */
export function typesOfExtension(extension: string): MediaType[] {
  return (Object.keys(MEDIA_TYPES) as MediaType[]).filter((t) =>
    (MEDIA_TYPES[t].extensions as readonly string[]).includes(extension),
  );
}

/** The bare media type of a Content-Type value ("Application/PDF; charset=x" → "application/pdf"). */
export function bareType(declared: string): string {
  return declared.split(';')[0]!.trim().toLowerCase();
}

/** Declared types that claim nothing: a browser's or client's "I do not know". */
const UNCLAIMED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/**
 * What the name and the declared type say that the bytes are not: undefined when both agree with the bytes (or
 * claim nothing), else the claim that disagrees, for the error to name.
 */
export function claimAgainst(
  actual: MediaType,
  claims: { name?: string; declaredType?: string },
): { by: 'name' | 'declared type'; claim: string } | undefined {
  const type = MEDIA_TYPES[actual];
  const isText = (t: string) => t.startsWith('text/');
  const extension = claims.name === undefined ? undefined : extensionOf(claims.name);
  const named = extension === undefined ? [] : typesOfExtension(extension);
  // Text named as another text (HTML source in a .txt, a fragment of HTML in a .html) is no lie either.
  if (named.length > 0 && !named.includes(actual) && !(isText(actual) && named.some(isText)))
    return { by: 'name', claim: `.${extension}` };
  const declared = bareType(claims.declaredType ?? '');
  if (UNCLAIMED.has(declared)) return undefined;
  const accepted = declared === actual || (type.aliases as readonly string[]).includes(declared);
  // A text type claimed for text (text/markdown for plain text, text/plain for HTML source) is no lie.
  const isTextForText = isText(declared) && isText(actual);
  return accepted || isTextForText ? undefined : { by: 'declared type', claim: declared };
}
