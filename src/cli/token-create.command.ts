import { createToken } from '../core/accounts/token.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps } from './account-edges.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch token create --name N [--role R] [--user NAME]: an API token, its secret printed once. */
export async function runTokenCreate(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('token create takes no arguments; name the token with --name');
  if (flags.name === undefined) throw new UsageError('token create needs --name N');
  const account = flags.user ?? ctx.actor.user;
  if (account === undefined) throw new UsageError('token create needs --user NAME: the account it acts for');
  const made = await createToken(await accountDeps(ctx), ctx.actor, {
    name: flags.name,
    account,
    ...(flags.role !== undefined ? { role: flags.role } : {}),
  });
  if (flags.json) return printJson(made);
  printText(
    `Token ${made.apiToken.id} "${made.apiToken.name}" for "${account}" as ${made.apiToken.role}:\n${made.token}\n` +
      'It is shown this once and kept only as a hash. Send it as "Authorization: Bearer TOKEN".',
  );
}
