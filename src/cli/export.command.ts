import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { assertAllowed } from '../core/access/policy.ts';
import { exportRecords } from '../core/record/export.service.ts';
import { writeBundle } from '../exchange/bundle-writer.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { UsageError } from './output.ts';

/**
 * casewatch export [--out FILE] [--open-data]: every record as a case bundle (stdout by default); with
 * --open-data, what the public may see.
 */
export async function runExport(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('export takes no arguments; use --out FILE');
  const session = await ctx.session();
  const mode = flags.openData ? 'open-data' : 'backup';
  // Refused before a file is created: a backup is for admins.
  if (mode === 'backup') assertAllowed(ctx.actor, 'export');
  const out: Writable = flags.out !== undefined ? createWriteStream(flags.out) : process.stdout;
  await exportRecords(session, mode, (reader) => writeBundle(reader, out));
  if (flags.out !== undefined) {
    out.end();
    await once(out, 'finish');
  }
}
