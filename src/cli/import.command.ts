import { existsSync, statSync } from 'node:fs';
import { importBundleFile } from '../exchange/import-file.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch import FILE [--dry-run]: all or nothing. */
export async function runImport(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) throw new UsageError('import needs exactly one FILE');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (!statSync(file).isFile()) throw new UsageError(`${file} is not a file: give the bundle's JSON file`);
  const store = await ctx.store();
  const report = await importBundleFile({ store, law: ctx.law() }, ctx.actor, file, {
    dryRun: flags.dryRun,
  });
  if (flags.json) return printJson(report);
  const counts = Object.entries(report.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
    .join(', ');
  printText(`${flags.dryRun ? 'Dry run: would import' : 'Imported'} ${counts || 'nothing'} from ${file}.`);
}
