import { DomainError, type ErrorCode } from '../core/errors.ts';
import { fromZodError } from '../core/common/zod-issues.ts';
import { kindOfCollection, type Collection, type RecordKind } from '../core/record/record-kinds.ts';
import {
  BUNDLE_FORMAT,
  BundleHeaderSchema,
  READABLE_FORMAT_VERSIONS,
  type BundleHeader,
} from './bundle-schema.ts';
import { locateJsonFault } from './json-fault.ts';
import { decodeUtf8 } from './utf8-decode.ts';

/** One record as it streams out of a bundle: its kind, collection, position, and the parsed but unvalidated JSON. */
export interface BundleItem {
  kind: RecordKind;
  collection: Collection;
  index: number;
  record: unknown;
}

/** What a bundle can be read from: a file stream, or any async iterable of text or bytes. */
export type BundleInput = AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream;

const HEADER_KEYS: ReadonlySet<string> = new Set(Object.keys(BundleHeaderSchema.shape));

/**
 * Streams the records of a bundle without holding it in memory: an incremental scanner cuts each element of
 * the collection arrays and parses only that slice. Returns the validated header when the bundle ends.
 * Syntax errors throw 'import.invalid_json' with file, line and column.
 */
export async function* readBundle(
  input: BundleInput,
  file?: string,
): AsyncGenerator<BundleItem, BundleHeader> {
  const scanner = new BundleScanner(file);
  for await (const text of decodeUtf8(input as AsyncIterable<string | Uint8Array>, file)) {
    yield* scanner.push(text);
  }
  return scanner.end();
}

type State = 'root' | 'key' | 'colon' | 'value' | 'element' | 'afterElement' | 'afterValue' | 'end';

/** A value being cut out of the text, possibly across chunks. */
interface Capture {
  target: 'key' | 'header' | 'element';
  parts: string[];
  /** Characters held in `parts`. */
  size: number;
  from: number;
  isScalar: boolean;
  depth: number;
  inString: boolean;
  escape: boolean;
  line: number;
  column: number;
}

/** The most characters one value of a bundle (a record, a header field) may hold. */
export const MAX_VALUE_CHARS = 64 * 2 ** 20;

const NL = 10;
const QUOTE = 34;

class BundleScanner {
  private state: State = 'root';
  private afterComma = false;
  private base = 0;
  private line = 1;
  private lineStart = 0;
  private cap: Capture | undefined;
  private key = '';
  private kind: RecordKind | undefined;
  private index = 0;
  private readonly seen = new Set<string>();
  private readonly header: Record<string, unknown> = {};
  private out: BundleItem[] = [];
  /** The next backslash in the chunk being scanned (Infinity when there is none), or -1 before it is looked up. */
  private backslash = -1;

  constructor(private readonly file: string | undefined) {}

  /** Scans one chunk of text and returns the records it completed. */
  push(chunk: string): BundleItem[] {
    this.out = [];
    this.backslash = -1;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const cap = this.cap;
      if (cap) {
        const end = this.scanCapture(cap, chunk, i);
        if (end < 0) {
          const part = chunk.slice(cap.from);
          cap.parts.push(part);
          cap.size += part.length;
          cap.from = 0;
          if (cap.size > MAX_VALUE_CHARS) this.tooLarge(cap);
          break;
        }
        const tail = chunk.slice(cap.from, end);
        this.cap = undefined;
        // Most values lie within one chunk: no join then.
        this.complete(cap, cap.parts.length === 0 ? tail : cap.parts.join('') + tail);
        i = end;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === NL) {
        this.line++;
        this.lineStart = this.base + i + 1;
      } else if (c !== 32 && c !== 9 && c !== 13 && !(c === 0xfeff && this.base + i === 0)) {
        if (this.structural(c, i)) continue;
      }
      i++;
    }
    this.base += n;
    return this.out;
  }

  /** Checks that the bundle ended where it should and returns its validated header. */
  end(): BundleHeader {
    if (this.cap || this.state !== 'end')
      this.fail('unexpected end of the file: the bundle is incomplete', this.base);
    if (this.header.format === undefined)
      this.invalid('$.format', `not a Casewatch bundle: "format" is missing (expected "${BUNDLE_FORMAT}")`);
    const result = BundleHeaderSchema.safeParse(this.header);
    if (!result.success)
      throw DomainError.fromIssues('validation.invalid', fromZodError(result.error, '$', this.file));
    return result.data;
  }

  /** Handles a character between values; returns true when it started a capture at i (to be scanned from i). */
  private structural(c: number, i: number): boolean {
    const ch = String.fromCharCode(c);
    switch (this.state) {
      case 'root':
        if (ch !== '{')
          this.fail(`expected '{' to start the bundle, found ${JSON.stringify(ch)}`, this.base + i);
        this.state = 'key';
        return false;
      case 'key':
        if (ch === '"') return this.startCapture('key', i, c);
        if (ch === '}' && !this.afterComma) return this.to('end');
        return this.fail(
          `expected a property name in double quotes, found ${JSON.stringify(ch)}`,
          this.base + i,
        );
      case 'colon':
        if (ch !== ':')
          this.fail(`expected ':' after "${this.key}", found ${JSON.stringify(ch)}`, this.base + i);
        return this.to('value');
      case 'value':
        if (this.kind === undefined) return this.startCapture('header', i, c);
        if (ch !== '[')
          this.fail(`"${this.key}" must be an array of records, found ${JSON.stringify(ch)}`, this.base + i);
        this.index = 0;
        return this.to('element');
      case 'element':
        if (ch === ']' && !this.afterComma) return this.to('afterValue');
        if (ch === ']' || ch === ',')
          return this.fail(`expected a record in "${this.key}", found ${JSON.stringify(ch)}`, this.base + i);
        return this.startCapture('element', i, c);
      case 'afterElement':
        if (ch === ',') return this.to('element', true);
        if (ch === ']') return this.to('afterValue');
        return this.fail(
          `expected ',' or ']' after record ${this.index - 1} of "${this.key}", found ${JSON.stringify(ch)}`,
          this.base + i,
        );
      case 'afterValue':
        if (ch === ',') return this.to('key', true);
        if (ch === '}') return this.to('end');
        return this.fail(
          `expected ',' or '}' after "${this.key}", found ${JSON.stringify(ch)}`,
          this.base + i,
        );
      case 'end':
        return this.fail(`unexpected ${JSON.stringify(ch)} after the end of the bundle`, this.base + i);
    }
  }

  private to(state: State, afterComma = false): false {
    this.state = state;
    this.afterComma = afterComma;
    return false;
  }

  private startCapture(target: Capture['target'], i: number, c: number): true {
    const isScalar = c !== 123 && c !== 91 && c !== QUOTE;
    const column = this.base + i - this.lineStart + 1;
    this.cap = {
      target,
      parts: [],
      size: 0,
      from: i,
      isScalar,
      depth: 0,
      inString: false,
      escape: false,
      line: this.line,
      column,
    };
    return true;
  }

  /** Scans a captured value from i; returns the index just past its end, or -1 when the chunk ends first. */
  private scanCapture(cap: Capture, s: string, i: number): number {
    const n = s.length;
    if (cap.isScalar) {
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 44 || c === 93 || c === 125 || c === 32 || c === NL || c === 13 || c === 9) return i;
      }
      return -1;
    }
    let { depth, inString } = cap;
    // An escape left open by the previous chunk: the first character here is the escaped one.
    if (cap.escape) i++;
    while (i < n) {
      if (inString) {
        // Jump to the string's end with indexOf rather than a character at a time. A raw newline inside a
        // string is invalid JSON, which JSON.parse reports with its own place, so lines need no counting here.
        let quote = s.indexOf('"', i);
        if (quote < 0) quote = n;
        if (this.backslash < i) {
          this.backslash = s.indexOf('\\', i);
          if (this.backslash < 0) this.backslash = Infinity;
        }
        if (this.backslash < quote) {
          i = this.backslash + 2; // past the escape and the character it escapes (perhaps in the next chunk)
          continue;
        }
        if (quote === n) {
          i = n;
          break;
        }
        inString = false;
        i = quote + 1;
        if (depth === 0) return i;
        continue;
      }
      const c = s.charCodeAt(i);
      if (c === NL) {
        this.line++;
        this.lineStart = this.base + i + 1;
      } else if (c === QUOTE) inString = true;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        if (--depth === 0) return i + 1;
      }
      i++;
    }
    cap.depth = depth;
    cap.inString = inString;
    cap.escape = i > n;
    return -1;
  }

  private complete(cap: Capture, text: string): void {
    const value = this.parse(cap, text);
    if (cap.target === 'element') {
      if (this.kind === undefined) throw new Error('unreachable: an element outside a collection');
      this.out.push({
        kind: this.kind,
        collection: this.key as Collection,
        index: this.index++,
        record: value,
      });
      this.state = 'afterElement';
    } else if (cap.target === 'key') {
      this.acceptKey(String(value), cap);
      this.state = 'colon';
    } else {
      this.acceptHeader(this.key, value);
      this.state = 'afterValue';
    }
  }

  private acceptKey(key: string, cap: Capture): void {
    const kind = kindOfCollection(key);
    if (kind === undefined && !HEADER_KEYS.has(key)) {
      const known = [...HEADER_KEYS].join(', ');
      this.invalid(
        `$.${key}`,
        `unknown top-level key "${key}" (a bundle has ${known} and the record collections)`,
        cap,
      );
    }
    if (this.seen.has(key)) this.invalid(`$.${key}`, `"${key}" appears twice`, cap);
    this.seen.add(key);
    this.key = key;
    this.kind = kind;
  }

  private acceptHeader(key: string, value: unknown): void {
    if (key === 'format' && value !== BUNDLE_FORMAT) {
      this.invalid(
        '$.format',
        `not a Casewatch bundle: "format" is ${JSON.stringify(value)}, expected "${BUNDLE_FORMAT}"`,
      );
    }
    if (key === 'formatVersion' && typeof value !== 'number') {
      // "1" for 1 is the likeliest slip: say what to write.
      const hint =
        typeof value === 'string' && /^\d+$/.test(value) ? `: write "formatVersion": ${value}` : '';
      this.invalid('$.formatVersion', `formatVersion must be a number, not ${JSON.stringify(value)}${hint}`);
    }
    if (
      key === 'formatVersion' &&
      typeof value === 'number' &&
      !(READABLE_FORMAT_VERSIONS as readonly unknown[]).includes(value)
    ) {
      this.invalid(
        '$.formatVersion',
        `unsupported formatVersion ${JSON.stringify(value)}: this Casewatch reads versions ${READABLE_FORMAT_VERSIONS.join(', ')}`,
      );
    }
    this.header[key] = value;
  }

  private parse(cap: Capture, text: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      const fault = locateJsonFault(text) ?? { offset: 0, message: 'invalid JSON' };
      let line = cap.line;
      let column = cap.column;
      for (let k = 0; k < fault.offset; k++) {
        if (text.charCodeAt(k) === NL) {
          line++;
          column = 1;
        } else column++;
      }
      return this.raise('import.invalid_json', fault.message, { line, column });
    }
  }

  private fail(message: string, offset: number): never {
    return this.raise('import.invalid_json', message, {
      line: this.line,
      column: offset - this.lineStart + 1,
    });
  }

  /** A value too large to hold as one string: named where it starts, before the runtime refuses it. */
  private tooLarge(cap: Capture): never {
    const what = cap.target === 'element' ? `record ${this.index} of "${this.key}"` : `"${this.key}"`;
    return this.raise(
      'import.invalid_json',
      `${what} is over ${MAX_VALUE_CHARS / 2 ** 20} Mi characters: no record needs that`,
      {
        line: cap.line,
        column: cap.column,
      },
    );
  }

  private invalid(path: string, message: string, cap?: Capture): never {
    return this.raise('validation.invalid', message, {
      path,
      ...(cap ? { line: cap.line, column: cap.column } : {}),
    });
  }

  private raise(
    code: ErrorCode,
    message: string,
    place: { path?: string; line?: number; column?: number },
  ): never {
    throw DomainError.fromIssues(code, [
      { code, message, ...(this.file !== undefined ? { file: this.file } : {}), ...place },
    ]);
  }
}
