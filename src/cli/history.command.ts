import { parseRecordKind, recordHistory } from '../core/record/history.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch history KIND ID: who changed a record (by name beside the id), when, and what. */
export async function runHistory(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [word, id, ...extra] = args;
  if (word === undefined || id === undefined || extra.length > 0)
    throw new UsageError('history needs KIND and ID, e.g. history case case:kz-mamay-2022');
  const entries = await recordHistory(await ctx.session(), parseRecordKind(word), id);
  if (flags.json) return printJson({ kind: word, id, revisions: entries });
  printText(
    entries
      .map((e) => {
        const fields = e.action === 'update' ? `: ${e.changedFields.join(', ')}` : '';
        const who = e.actorName !== undefined ? `${e.actorName} (${e.actor})` : e.actor;
        return `${e.at}  v${e.version} ${e.action} by ${who}${e.reason ? ` (${e.reason})` : ''}${fields}`;
      })
      .join('\n'),
  );
}
