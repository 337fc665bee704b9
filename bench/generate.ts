import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RECORD_KIND_ORDER, RECORD_KINDS, type Collection } from '../src/core/record/record-kinds.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../src/exchange/bundle-schema.ts';
import { caseRecords, type CaseRecords } from './case-records.ts';
import { sampleMemory } from './memory.ts';
import { sharedRecords } from './shared-records.ts';

/** What to generate: how many cases, from which seed. */
export interface GenerateOptions {
  cases: number;
  seed: number;
}

/** What was written: records per collection, in all, the file's size and how long it took. */
export interface BundleStats {
  file: string;
  cases: number;
  seed: number;
  records: number;
  byCollection: Record<Collection, number>;
  bytes: number;
  ms: number;
  /** Peak memory of the generating process: flat, whatever the number of cases. */
  peakRssMb: number;
}

const COLLECTIONS = RECORD_KIND_ORDER.map((k) => RECORD_KINDS[k].collection);
const PER_CASE = [
  'sources',
  'persons',
  'cases',
  'charges',
  'measures',
  'hearings',
  'decisions',
] as const satisfies readonly (keyof CaseRecords)[];
const FLUSH_AT = 1 << 18;

/** A JSON array written element by element to a stream, buffered, waiting when the stream is full. */
class ArrayWriter {
  #buffer = '';
  count = 0;
  constructor(private readonly out: WriteStream) {}

  async add(record: unknown): Promise<void> {
    this.#buffer += (this.count++ === 0 ? '\n    ' : ',\n    ') + JSON.stringify(record);
    if (this.#buffer.length >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#buffer === '') return;
    const ok = this.out.write(this.#buffer);
    this.#buffer = '';
    if (!ok) await once(this.out, 'drain');
  }
}

async function finish(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

async function append(out: WriteStream, file: string): Promise<void> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

/**
 * Writes a bundle of `cases` generated cases to `file` as a stream: each case is generated once and its records
 * go to one temporary file per collection, which are then joined in bundle order. Memory stays flat whatever N.
 */
export async function writeBundleFile(file: string, options: GenerateOptions): Promise<BundleStats> {
  const started = performance.now();
  const memory = sampleMemory();
  const shared = sharedRecords(options.seed);
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-gen-'));
  try {
    const parts = new Map(PER_CASE.map((c) => [c, createWriteStream(join(dir, `${c}.json`))]));
    const writers = new Map(PER_CASE.map((c) => [c, new ArrayWriter(parts.get(c) as WriteStream)]));
    const sharedOf: Partial<Record<Collection, readonly unknown[]>> = shared;
    for (const c of PER_CASE) for (const r of sharedOf[c] ?? []) await writers.get(c)?.add(r);
    for (let n = 0; n < options.cases; n++) {
      const records = caseRecords(options.seed, n);
      for (const c of PER_CASE) for (const r of records[c]) await writers.get(c)?.add(r);
    }
    for (const c of PER_CASE) {
      await writers.get(c)?.flush();
      await finish(parts.get(c) as WriteStream);
    }

    const out = createWriteStream(file);
    const byCollection = {} as Record<Collection, number>;
    const header = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      description: `Synthetic benchmark bundle: ${options.cases} cases, seed ${options.seed}`,
    };
    out.write(JSON.stringify(header, null, 2).slice(0, -2));
    for (const c of COLLECTIONS) {
      out.write(`,\n  ${JSON.stringify(c)}: [`);
      const writer = writers.get(c as (typeof PER_CASE)[number]);
      if (writer) {
        await append(out, join(dir, `${c}.json`));
        byCollection[c] = writer.count;
      } else {
        const only = new ArrayWriter(out);
        for (const r of sharedOf[c] ?? []) await only.add(r);
        await only.flush();
        byCollection[c] = only.count;
      }
      out.write(byCollection[c] > 0 ? '\n  ]' : ']');
    }
    out.write('\n}\n');
    await finish(out);
    const records = Object.values(byCollection).reduce((a, b) => a + b, 0);
    const ms = performance.now() - started;
    return {
      file,
      cases: options.cases,
      seed: options.seed,
      records,
      byCollection,
      bytes: statSync(file).size,
      ms,
      peakRssMb: memory.stop().peakRssMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '20220105' },
      out: { type: 'string', default: 'bench/results/bundle.json' },
    },
  });
  const stats = await writeBundleFile(values.out, { cases: Number(values.cases), seed: Number(values.seed) });
  process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
