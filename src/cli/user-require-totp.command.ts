import { setTotpRequired } from '../core/accounts/account.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps } from './account-edges.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch user require-totp on|off: whether every account must sign in with a second factor. */
export async function runUserRequireTotp(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [word, ...extra] = args;
  if ((word !== 'on' && word !== 'off') || extra.length > 0)
    throw new UsageError('user require-totp takes on or off');
  await setTotpRequired(await accountDeps(ctx), ctx.actor, word === 'on');
  if (flags.json) return printJson({ requireTotp: word === 'on' });
  printText(
    word === 'on'
      ? 'A second factor is now mandatory: an account without one acts as the public until it enrols.'
      : 'A second factor is now optional.',
  );
}
