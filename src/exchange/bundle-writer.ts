import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Stored } from '../core/ports.ts';
import type { ExportReader } from '../core/record/export.service.ts';
import { RECORD_KINDS, RECORD_KIND_ORDER, type RecordKind } from '../core/record/record-kinds.ts';
import { VERSION_KEY } from '../core/record/record-version.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from './bundle-schema.ts';

/** Where a bundle is written: a stream (backpressure respected, not ended) or an async sink of text. */
export type BundleOutput = Writable | ((chunk: string) => Promise<void>);

/** Options of an export; `exportedAt` is injectable so exports are reproducible. */
export interface WriteBundleOptions {
  exportedAt?: string;
  description?: string;
  pageSize?: number;
}

/** What an export wrote: how many records of each kind. */
export interface ExportReport {
  counts: Record<RecordKind, number>;
}

/**
 * Streams every record as a case bundle, kind by kind in dependency order and page by page in id order, one
 * 2-space-indented record after another, each with its version, so export → import → export gives the same bytes
 * (but exportedAt, and versions, which are the database's own).
 */
export async function writeBundle(
  reader: ExportReader,
  out: BundleOutput,
  options: WriteBundleOptions = {},
): Promise<ExportReport> {
  const write = sinkOf(out);
  const pageSize = options.pageSize ?? 500;
  const header = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    ...(options.description !== undefined ? { description: options.description } : {}),
  };
  await write(
    `{\n${Object.entries(header)
      .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}`,
  );
  const counts = Object.fromEntries(RECORD_KIND_ORDER.map((k) => [k, 0])) as Record<RecordKind, number>;
  for (const kind of RECORD_KIND_ORDER) {
    await write(`,\n  ${JSON.stringify(RECORD_KINDS[kind].collection)}: [`);
    let after: string | undefined;
    for (;;) {
      const page = await reader.list(kind, { limit: pageSize, ...(after !== undefined ? { after } : {}) });
      if (page.length === 0) break;
      const text = page
        .map((stored) => (counts[kind]++ === 0 ? '\n' : ',\n') + renderRecord(stored))
        .join('');
      await write(text);
      after = page[page.length - 1]?.id;
      if (page.length < pageSize) break;
    }
    await write(counts[kind] === 0 ? ']' : '\n  ]');
  }
  await write('\n}\n');
  return { counts };
}

/**
 * One record, indented to sit in its collection, with the version it is at first (so an import of an edited
 * copy can tell whether the database changed it meanwhile); parsed by its schema so keys come in its order.
 */
function renderRecord({ kind, data, version }: Stored<RecordKind>): string {
  const parsed = RECORD_KINDS[kind].schema.safeParse(data);
  // A stored record that no longer fits the schema is written as stored: an export never drops data.
  const record = (parsed.success ? parsed.data : data) as object;
  return '    ' + JSON.stringify({ [VERSION_KEY]: version, ...record }, null, 2).replace(/\n/g, '\n    ');
}

function sinkOf(out: BundleOutput): (chunk: string) => Promise<void> {
  if (typeof out === 'function') return out;
  return async (chunk) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
}
