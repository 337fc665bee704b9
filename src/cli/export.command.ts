import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { assertAllowed } from '../core/access/policy.ts';
import { writeBundle } from '../exchange/bundle-writer.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { UsageError } from './output.ts';

/** casewatch export [--out FILE]: every record as a case bundle (stdout by default). */
export async function runExport(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('export takes no arguments; use --out FILE');
  assertAllowed(ctx.actor, 'export');
  const store = await ctx.store();
  const out: Writable = flags.out !== undefined ? createWriteStream(flags.out) : process.stdout;
  // One moment of the database: a record written while the export runs cannot leave it half-referenced.
  await store.snapshot((reader) => writeBundle(reader, out));
  if (flags.out !== undefined) {
    out.end();
    await once(out, 'finish');
  }
}
