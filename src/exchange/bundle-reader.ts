import type { Collection, RecordKind } from '../core/record/record-kinds.ts';
import type { BundleHeader } from './bundle-schema.ts';
import { BundleScanner, parseAt } from './bundle-scanner.ts';
import { decodeUtf8 } from './utf8-decode.ts';

/** One record as it streams out of a bundle: its kind, collection, position, and the parsed but unvalidated JSON. */
export interface BundleItem {
  kind: RecordKind;
  collection: Collection;
  index: number;
  record: unknown;
}

/**
 * One record as it streams out of a bundle unparsed: its text, and the line and column where it starts, so that
 * whoever parses it (`parseRecordText`) names the place of a syntax error in the file as the reader would.
 */
export interface RawBundleItem {
  kind: RecordKind;
  index: number;
  text: string;
  line: number;
  column: number;
}

/** What a bundle can be read from: a file stream, or any async iterable of text or bytes. */
export type BundleInput = AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream;

/**
 * Streams the records of a bundle without holding it in memory: an incremental scanner cuts each element of
 * the collection arrays and parses only that slice. Returns the validated header when the bundle ends.
 * Syntax errors throw 'import.invalid_json' with file, line and column.
 */
export async function* readBundle(
  input: BundleInput,
  file?: string,
): AsyncGenerator<BundleItem, BundleHeader> {
  const scanner = new BundleScanner(file, false);
  for await (const text of decodeUtf8(input as AsyncIterable<string | Uint8Array>, file)) {
    yield* scanner.push(text) as BundleItem[];
  }
  return scanner.end();
}

/**
 * Streams the records of a bundle as `readBundle` does, cutting each out but leaving it unparsed: the text of
 * each is parsed elsewhere (another thread) with `parseRecordText`. The bundle's structure and header are
 * checked here, as `readBundle` checks them.
 */
export async function* readRawBundle(
  input: BundleInput,
  file?: string,
): AsyncGenerator<RawBundleItem, BundleHeader> {
  const scanner = new BundleScanner(file, true);
  for await (const text of decodeUtf8(input as AsyncIterable<string | Uint8Array>, file)) {
    yield* scanner.push(text) as RawBundleItem[];
  }
  return scanner.end();
}

/** The value of a record's text cut out by `readRawBundle`; invalid JSON is named at its line and column. */
export function parseRecordText(item: RawBundleItem, file?: string): unknown {
  return parseAt(item.text, item.line, item.column, file);
}

export { MAX_VALUE_CHARS } from './bundle-scanner.ts';
