import { existsSync, statSync } from 'node:fs';
import { formatIssue } from '../core/errors.ts';
import { IMPORT_MODES, type ImportMode, type ImportOutcomes } from '../core/record/import-report.ts';
import type { ImportReport } from '../core/record/import.service.ts';
import { RECORD_KIND_ORDER, type RecordKind } from '../core/record/record-kinds.ts';
import { importBundleFile } from '../exchange/import-file.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { invalidValue, printJson, printText, UsageError } from './output.ts';
import { progressLine } from './progress.ts';

/** casewatch import FILE [--mode merge|create] [--dry-run]: all or nothing. */
export async function runImport(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0) throw new UsageError('import needs exactly one FILE');
  const mode = flags.mode ?? 'merge';
  if (!(IMPORT_MODES as readonly string[]).includes(mode))
    throw invalidValue('--mode', `--mode is ${IMPORT_MODES.join(' or ')}, not ${mode}`);
  if (!existsSync(file)) throw invalidValue('FILE', `no such file: ${file}`);
  if (!statSync(file).isFile())
    throw invalidValue('FILE', `${file} is not a file: give the bundle's JSON file`);
  const session = await ctx.session();
  // On a terminal, how far it has got; nothing when piped or under --json.
  const progress = flags.json || !process.stderr.isTTY ? undefined : progressLine(process.stderr);
  const report = await importBundleFile({ session, law: ctx.law() }, file, {
    mode: mode as ImportMode,
    dryRun: flags.dryRun,
    ...(progress ? { onProgress: progress.update } : {}),
  }).finally(() => progress?.end());
  if (flags.json) return printJson(report);
  printText(describeImport(report, file));
}

/**
 * What an import did, as people read it: "Imported 3 cases from FILE: 1 created, 1 updated, 1 unchanged.", and
 * when it held several kinds, a line for each; then the warnings the records keep (dates that contradict each other).
 */
function describeImport(report: ImportReport, file: string): string {
  const kinds = RECORD_KIND_ORDER.filter((k) => report.counts[k] > 0);
  const what =
    kinds.length === 0
      ? 'nothing'
      : kinds.length === 1
        ? counted(kinds[0] as RecordKind, report.total)
        : counted('record', report.total);
  const head = `${report.dryRun ? 'Dry run: would import' : 'Imported'} ${what} from ${file}`;
  if (kinds.length === 0) return `${head}.`;
  const lines = [`${head}: ${outcomes(report, true)}.`];
  if (kinds.length > 1)
    for (const kind of kinds)
      lines.push(`  ${counted(kind, report.counts[kind])}: ${outcomes(report.outcomes[kind], false)}`);
  if (report.warnings.length > 0)
    lines.push(
      `Warnings, kept with the records (${report.warnings.length}):`,
      ...report.warnings.map((w) => `  ${formatIssue(w)}`),
    );
  return lines.join('\n');
}

function counted(kind: RecordKind | 'record', n: number): string {
  return `${n} ${kind}${n === 1 ? '' : 's'}`;
}

/** "1 created, 0 updated, 2 unchanged"; without the zeros unless `all`. */
function outcomes(o: ImportOutcomes, all: boolean): string {
  const parts = (['created', 'updated', 'unchanged'] as const).filter((k) => all || o[k] > 0);
  return parts.map((k) => `${o[k]} ${k}`).join(', ');
}
