import { listCases, resolveCaseRef, getCaseFile } from '../core/case/case.service.ts';
import { presentCaseFile } from '../core/case/case.presenter.ts';
import { formatCaseFile } from './format-case.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './main.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch case list */
export async function runCaseList(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('case list takes no arguments');
  const store = await ctx.store();
  const cases = await listCases({ reader: store.reader }, ctx.actor);
  if (flags.json) return printJson({ cases });
  if (cases.length === 0) return printText('No cases.');
  printText(
    cases.map((c) => `${c.id}\t${c.title}\t${c.defendants.map((d) => d.name).join(', ')}`).join('\n'),
  );
}

/** casewatch case show REF */
export async function runCaseShow(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const ref = args.join(' ').trim();
  if (ref === '') throw new UsageError('case show needs a case id or a defendant name');
  const store = await ctx.store();
  const deps = { reader: store.reader };
  const file = await getCaseFile(deps, ctx.actor, await resolveCaseRef(deps, ctx.actor, ref));
  const presented = presentCaseFile(file, ctx.law());
  if (flags.json) return printJson(presented);
  printText(formatCaseFile(presented));
}
