import { createReadStream, existsSync } from 'node:fs';
import { importBundle } from '../core/record/import.service.ts';
import { readBundle } from '../exchange/bundle-reader.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './main.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch import FILE [--dry-run]: all or nothing. */
export async function runImport(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) throw new UsageError('import needs exactly one FILE');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const store = await ctx.store();
  const report = await importBundle(
    { store, law: ctx.law() },
    ctx.actor,
    readBundle(createReadStream(file), file),
    {
      dryRun: flags.dryRun,
      file,
    },
  );
  if (flags.json) return printJson(report);
  const counts = Object.entries(report.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
    .join(', ');
  printText(`${flags.dryRun ? 'Dry run: would import' : 'Imported'} ${counts || 'nothing'} from ${file}.`);
}
