import { caseFacts } from '../core/case/case-facts.service.ts';
import { resolveCaseRef } from '../core/case/case.service.ts';
import { isDay, YEARS } from '../core/dates/day.ts';
import { formatCaseFacts } from '../core/facts/format.ts';
import { SYSTEM_CLOCK } from '../store/unit-of-work.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './main.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch facts REF [--as-of DATE] */
export async function runFacts(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const ref = args.join(' ').trim();
  if (ref === '') throw new UsageError('facts needs a case id or a defendant name');
  const asOf = flags.asOf;
  if (asOf !== undefined && !isDay(asOf))
    throw new UsageError(`--as-of must be a day YYYY-MM-DD (years ${YEARS.min}–${YEARS.max}), not "${asOf}"`);
  const store = await ctx.store();
  const deps = { reader: store.reader, law: ctx.law(), clock: SYSTEM_CLOCK };
  const facts = await caseFacts(deps, ctx.actor, await resolveCaseRef(deps, ctx.actor, ref), asOf);
  if (flags.json) return printJson(facts);
  printText(formatCaseFacts(facts));
}
