import { ACCOUNT_ROLES, type AccountRole } from '../core/accounts/account.ts';
import { addUser } from '../core/accounts/account.service.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { accountDeps, oneName, passwordFromStdin, passwordLine } from './account-edges.ts';
import { invalidValue, printJson, printText, UsageError } from './output.ts';

/** casewatch user add NAME [--admin | --role R] [--group G]... [--display-name D] [--password-stdin] */
export async function runUserAdd(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const name = oneName(args, 'user add');
  if (flags.admin === true && flags.role !== undefined)
    throw new UsageError('give --admin or --role, not both');
  const role = flags.admin === true ? 'admin' : (flags.role ?? 'viewer');
  if (!(ACCOUNT_ROLES as readonly string[]).includes(role))
    throw invalidValue('--role', `--role must be one of ${ACCOUNT_ROLES.join(', ')}, not "${role}"`);
  const password = flags.passwordStdin === true ? await passwordFromStdin() : undefined;
  const made = await addUser(
    await accountDeps(ctx),
    ctx.actor,
    {
      name,
      roles: [role as AccountRole],
      groups: flags.group ?? [],
      ...(flags.displayName !== undefined ? { displayName: flags.displayName } : {}),
    },
    password,
  );
  if (flags.json)
    return printJson({ user: made.user, ...(made.password ? { password: made.password } : {}) });
  printText(`Added the account "${made.user.name}" (${made.user.roles.join(', ')}).`);
  if (made.password !== undefined) printText(passwordLine(made.user.name, made.password));
}
