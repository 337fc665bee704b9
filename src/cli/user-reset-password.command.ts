import { resetPassword } from '../core/accounts/account.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps, oneName, passwordFromStdin, passwordLine } from './account-edges.ts';
import { printJson, printText } from './output.ts';

/** casewatch user reset-password NAME [--password-stdin]: a new password; the account's sessions end. */
export async function runUserResetPassword(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const name = oneName(args, 'user reset-password');
  const given = flags.passwordStdin === true ? await passwordFromStdin() : undefined;
  const { password } = await resetPassword(await accountDeps(ctx), ctx.actor, name, given);
  if (flags.json) return printJson({ name, ...(password !== undefined ? { password } : {}) });
  printText(`Set a new password for "${name}"; its sessions have ended.`);
  if (password !== undefined) printText(passwordLine(name, password));
}
