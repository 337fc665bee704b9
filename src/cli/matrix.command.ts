import { resolveCaseRef } from '../core/case/case.service.ts';
import { caseMatrix } from '../core/matrix/matrix.service.ts';
import { matrixCsv } from '../exchange/matrix-csv.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { formatMatrix } from './format-matrix.ts';
import { printJson, printText, UsageError } from './output.ts';

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_BUT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** casewatch matrix CASE-REF [--csv] [--json] */
export async function runMatrix(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const ref = args.join(' ').trim();
  if (ref === '') throw new UsageError('matrix needs a case id or a defendant name');
  if (flags.csv === true && flags.json) throw new UsageError('matrix prints --csv or --json, not both');
  const session = await ctx.session();
  const matrix = await caseMatrix({ session, law: ctx.law() }, await resolveCaseRef(session, ref));
  if (flags.json) return printJson(matrix);
  // CSV keeps its CRLF line ends; other control characters of stored text are made visible.
  if (flags.csv === true)
    return void process.stdout.write(
      matrixCsv(matrix).replace(
        CONTROL_BUT_BREAKS,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      ),
    );
  printText(formatMatrix(matrix));
}
