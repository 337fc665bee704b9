import { caseFacts } from '../core/case/case-facts.service.ts';
import { presentCaseFacts } from '../core/case/case-facts.presenter.ts';
import { resolveCaseRef } from '../core/case/case.service.ts';
import { checkAsOf } from '../core/dates/day.ts';
import { formatCaseFacts } from './format-facts.ts';
import { SYSTEM_CLOCK } from '../system-clock.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch facts REF [--as-of DATE] */
export async function runFacts(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const ref = args.join(' ').trim();
  if (ref === '') throw new UsageError('facts needs a case id or a defendant name');
  const asOf = checkAsOf(flags.asOf, '--as-of');
  const session = await ctx.session();
  const deps = { session, law: ctx.law(), clock: SYSTEM_CLOCK };
  const facts = await caseFacts(deps, await resolveCaseRef(session, ref), asOf);
  if (flags.json) return printJson(presentCaseFacts(facts));
  printText(formatCaseFacts(facts));
}
