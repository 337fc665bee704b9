import { setDisabled } from '../core/accounts/account.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps, oneName } from './account-edges.ts';
import { printJson, printText } from './output.ts';

async function run(ctx: CommandContext, args: string[], flags: Flags, isDisabled: boolean): Promise<void> {
  const name = oneName(args, isDisabled ? 'user disable' : 'user enable');
  const user = await setDisabled(await accountDeps(ctx), ctx.actor, name, isDisabled);
  if (flags.json) return printJson({ user });
  printText(
    isDisabled
      ? `Disabled "${name}": its sessions and API tokens no longer work.`
      : `Enabled "${name}" again.`,
  );
}

/** casewatch user disable NAME: the account can no longer sign in; its sessions and tokens stop at once. */
export const runUserDisable = (ctx: CommandContext, args: string[], flags: Flags) =>
  run(ctx, args, flags, true);

/** casewatch user enable NAME: undoes `user disable`. */
export const runUserEnable = (ctx: CommandContext, args: string[], flags: Flags) =>
  run(ctx, args, flags, false);
