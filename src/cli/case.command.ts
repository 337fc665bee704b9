import { checkAsOf } from '../core/dates/day.ts';
import { listCases, resolveCaseRef, getCaseFile } from '../core/case/case.service.ts';
import { presentCaseFile } from '../core/case/case.presenter.ts';
import { formatCaseFile } from './format-case.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { invalidValue, printJson, printText, UsageError } from './output.ts';

/** casewatch case list [--limit N] [--after ID] */
export async function runCaseList(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('case list takes no arguments');
  if (flags.limit !== undefined && !/^\d+$/.test(flags.limit))
    throw invalidValue('--limit', `--limit must be a whole number, not "${flags.limit}"`);
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  const page = await listCases(await ctx.session(), {
    ...(limit !== undefined ? { limit } : {}),
    ...(flags.after !== undefined ? { after: flags.after } : {}),
  });
  if (flags.json) return printJson(page);
  if (page.cases.length === 0) return printText('No cases.');
  const lines = page.cases.map((c) => `${c.id}\t${c.title}\t${c.defendants.map((d) => d.name).join(', ')}`);
  if (page.next !== undefined) lines.push(`More: casewatch case list --after ${page.next}`);
  printText(lines.join('\n'));
}

/** casewatch case show REF [--as-of DATE]: the case, as known on the day when one is given. */
export async function runCaseShow(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const ref = args.join(' ').trim();
  if (ref === '') throw new UsageError('case show needs a case id or a defendant name');
  const session = await ctx.session();
  const asOf = checkAsOf(flags.asOf, '--as-of');
  const file = await getCaseFile(session, await resolveCaseRef(session, ref));
  const presented = presentCaseFile(file, ctx.law(), asOf !== undefined ? { asOf } : {});
  if (flags.json) return printJson(presented);
  printText(formatCaseFile(presented));
}
