import { revokeToken } from '../core/accounts/token.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps } from './account-edges.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch token revoke ID: the token stops working at once. */
export async function runTokenRevoke(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [id, ...extra] = args;
  if (id === undefined || extra.length > 0) throw new UsageError('token revoke takes one token ID');
  await revokeToken(await accountDeps(ctx), ctx.actor, id);
  if (flags.json) return printJson({ revoked: id });
  printText(`Revoked the token ${id}.`);
}
