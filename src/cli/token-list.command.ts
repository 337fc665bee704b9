import { listTokens } from '../core/accounts/token.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps } from './account-edges.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch token list [--user NAME] [--json]: API tokens (an account's, or everyone's), never their secrets. */
export async function runTokenList(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('token list takes no arguments');
  const tokens = await listTokens(
    await accountDeps(ctx),
    ctx.actor,
    flags.user !== undefined ? { account: flags.user } : { isAll: true },
  );
  if (flags.json) return printJson({ tokens });
  if (tokens.length === 0) return printText('No API tokens.');
  printText(
    tokens
      .map(
        (t) =>
          `${t.id}  "${t.name}" as ${t.role}, made ${t.createdAt}` +
          `${t.lastUsedAt ? `, last used ${t.lastUsedAt}` : ''}${t.revokedAt ? `  (revoked ${t.revokedAt})` : ''}`,
      )
      .join('\n'),
  );
}
