import { listUsers } from '../core/accounts/account.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps } from './account-edges.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch user list [--json]: every account, never its secrets. */
export async function runUserList(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('user list takes no arguments');
  const users = await listUsers(await accountDeps(ctx), ctx.actor);
  if (flags.json) return printJson({ users });
  if (users.length === 0)
    return printText("No accounts yet: add one with 'casewatch user add NAME --admin'.");
  printText(
    users
      .map((u) => {
        const notes = [
          u.groups.length > 0 ? `groups: ${u.groups.join(', ')}` : '',
          u.hasTotp ? 'TOTP' : '',
          u.isDisabled ? 'DISABLED' : '',
        ].filter((n) => n !== '');
        return `${u.name}  ${u.roles.join(', ')}${notes.length > 0 ? `  (${notes.join('; ')})` : ''}`;
      })
      .join('\n'),
  );
}
