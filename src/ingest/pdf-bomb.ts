// A PDF's compressed streams inflated and counted (never kept) before pdf.js sees the file: a small file whose
// streams would inflate to gigabytes, or that declares millions of objects, is refused as a bomb.
import { createInflate, type Inflate } from 'node:zlib';
import type { IngestLimits } from './limits.ts';
import { refuseUpload } from './refusal.ts';

/** What the scan found: how many objects and compressed streams, and what they inflate to in all. */
export interface PdfScan {
  objects: number;
  streams: number;
  inflatedBytes: number;
}

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');

/** Scans a PDF's objects and Flate streams within the limits; throws 'document.bomb' naming what is past them. */
export async function scanPdf(bytes: Uint8Array, limits: IngestLimits, file?: string): Promise<PdfScan> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bomb = (message: string) => refuseUpload('document.bomb', message, { file });
  let objects = countObjects(buffer);
  const check = () => {
    if (objects > limits.maxObjects)
      throw bomb(`the PDF declares more than ${limits.maxObjects.toLocaleString('en-US')} objects`);
  };
  check();
  let streams = 0;
  let inflatedBytes = 0;
  for (let at = buffer.indexOf(STREAM); at >= 0; at = buffer.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue; // the end of one
    const start = dataStart(buffer, at + STREAM.length);
    if (start === undefined) continue;
    const dictionary = dictionaryBefore(buffer, at);
    const inner = /\/Type\s*\/ObjStm\b/.test(dictionary) ? /\/N\s+(\d+)/.exec(dictionary) : null;
    objects += Number(inner?.[1] ?? 0);
    check();
    const end = dataEnd(buffer, start, dictionary);
    // A filter named through a reference (/Filter 5 0 R) is not read here: data that begins as zlib's does is
    // inflated all the same.
    const flates = leadingFlates(dictionary) || (isZlibHeader(buffer, start) ? 1 : 0);
    at = Math.max(at, end - STREAM.length);
    if (flates === 0) continue;
    streams++;
    const budget = Math.min(limits.maxStreamBytes, limits.maxInflatedBytes - inflatedBytes);
    const size = await inflatedSize(buffer.subarray(start, end), flates, budget, limits);
    if (size === 'over')
      throw bomb(
        inflatedBytes + limits.maxStreamBytes > limits.maxInflatedBytes
          ? `the PDF's compressed streams inflate past ${mb(limits.maxInflatedBytes)} in all`
          : `a compressed stream of ${(end - start).toLocaleString('en-US')} bytes inflates past ${mb(limits.maxStreamBytes)}`,
      );
    if (size === 'ratio')
      throw bomb(
        `a compressed stream of ${(end - start).toLocaleString('en-US')} bytes inflates more than ${limits.maxRatio} times`,
      );
    inflatedBytes += size;
  }
  return { objects, streams, inflatedBytes };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/** Indirect objects written out in the file ("12 0 obj"). */
function countObjects(buffer: Buffer): number {
  let count = 0;
  for (let at = buffer.indexOf(OBJ); at >= 0; at = buffer.indexOf(OBJ, at + 3)) {
    const before = buffer.toString('latin1', Math.max(0, at - 24), at);
    if (/\d+\s+\d+\s+$/.test(before) && !/[A-Za-z]/.test(String.fromCharCode(buffer[at + 3] ?? 32))) count++;
  }
  return count;
}

/** Where a stream's data begins: after the end of line that must follow the keyword. */
function dataStart(buffer: Buffer, after: number): number | undefined {
  if (buffer[after] === 0x0d && buffer[after + 1] === 0x0a) return after + 2;
  if (buffer[after] === 0x0a || buffer[after] === 0x0d) return after + 1;
  return undefined;
}

/** The text of the stream's dictionary: from its object's "obj" (or at most 4 KB back) to the keyword. */
function dictionaryBefore(buffer: Buffer, at: number): string {
  const text = buffer.toString('latin1', Math.max(0, at - 4096), at);
  const obj = text.lastIndexOf('obj');
  return obj >= 0 ? text.slice(obj + 3) : text;
}

/** How many FlateDecode filters the stream's filter chain starts with (each inflates the one before). */
function leadingFlates(dictionary: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary)?.[1] ?? '';
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  let count = 0;
  while (count < names.length && (names[count] === '/FlateDecode' || names[count] === '/Fl')) count++;
  return count;
}

/** Whether the bytes at `at` are a zlib header: deflate, a window up to 32 KB, a check that divides by 31. */
function isZlibHeader(buffer: Buffer, at: number): boolean {
  const [cmf, flg] = [buffer[at] ?? 0, buffer[at + 1] ?? 0];
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 === 0;
}

/**
 * The end of a stream's data: its /Length (direct, or the number its reference points to) when "endstream"
 * follows there, else the next "endstream" (which a stream's own bytes could fake, so the length comes first).
 */
function dataEnd(buffer: Buffer, start: number, dictionary: string): number {
  const direct = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dictionary)?.[1];
  const reference = /\/Length\s+(\d+)\s+(\d+)\s+R/.exec(dictionary);
  const length = direct ?? (reference ? referencedNumber(buffer, reference[1]!, reference[2]!) : undefined);
  if (length !== undefined) {
    const end = start + Number(length);
    const after = buffer.toString('latin1', end, end + 12);
    if (end <= buffer.length && /^\s*endstream/.test(after)) return end;
  }
  const found = buffer.indexOf(END_STREAM, start);
  return found >= 0 ? found : buffer.length;
}

/** The whole number an indirect object holds ("7 0 obj 1234 endobj"), if the file writes one out. */
function referencedNumber(buffer: Buffer, number: string, generation: string): string | undefined {
  const header = Buffer.from(`${number} ${generation} obj`);
  for (let at = buffer.indexOf(header); at >= 0; at = buffer.indexOf(header, at + 1)) {
    if (at > 0 && /[0-9]/.test(String.fromCharCode(buffer[at - 1]!))) continue; // "17 0 obj" is not "7 0 obj"
    const body = buffer.toString('latin1', at + header.length, at + header.length + 32);
    return /^\s+(\d+)\s+endobj/.exec(body)?.[1];
  }
  return undefined;
}

/**
 * The size a stream inflates to through `layers` inflaters, counted as it comes and thrown away; 'over' past the
 * budget, 'ratio' past the ratio limit. Corrupt data ends the count where it breaks (pdf.js judges the rest).
 */
function inflatedSize(
  data: Buffer,
  layers: number,
  budget: number,
  limits: IngestLimits,
): Promise<number | 'over' | 'ratio'> {
  return new Promise((resolve) => {
    const chain: Inflate[] = Array.from({ length: layers }, () => createInflate());
    for (let i = 0; i + 1 < chain.length; i++) chain[i]!.pipe(chain[i + 1]!);
    let size = 0;
    let isDone = false;
    const finish = (result: number | 'over' | 'ratio') => {
      if (isDone) return;
      isDone = true;
      chain.forEach((inflater) => inflater.destroy());
      resolve(result);
    };
    const last = chain[chain.length - 1]!;
    last.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) finish('over');
      else if (size > limits.ratioFloorBytes && size > limits.maxRatio * data.length) finish('ratio');
    });
    last.on('end', () => finish(size));
    chain.forEach((inflater) => inflater.on('error', () => finish(size)));
    chain[0]!.end(data);
  });
}
