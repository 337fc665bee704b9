import { listSessions } from '../core/accounts/token.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps, oneName } from './account-edges.ts';
import { printJson, printText } from './output.ts';

/** casewatch user sessions NAME [--json]: where and since when the account is signed in. */
export async function runUserSessions(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const name = oneName(args, 'user sessions');
  const sessions = await listSessions(await accountDeps(ctx), ctx.actor, { account: name });
  if (flags.json) return printJson({ sessions });
  if (sessions.length === 0) return printText(`"${name}" has no sessions.`);
  printText(
    sessions
      .map(
        (s) =>
          `${s.id}  since ${s.createdAt}, last seen ${s.lastSeenAt}` +
          `${s.address ? ` from ${s.address}` : ''}${s.revokedAt ? `  (ended ${s.revokedAt})` : ''}` +
          `${s.userAgent ? `\n    ${s.userAgent}` : ''}`,
      )
      .join('\n'),
  );
}
