import type { AccountDeps } from '../core/accounts/account.service.ts';
import { nodeAccountDeps } from '../node-secrets.ts';
import type { CommandContext } from './context.ts';
import { UsageError } from './output.ts';

/** The account services over the command's store. */
export async function accountDeps(ctx: CommandContext): Promise<AccountDeps> {
  return nodeAccountDeps(await ctx.store());
}

/** A password read from stdin (--password-stdin): all of it, less one final line break. */
export async function passwordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (text === '') throw new UsageError('--password-stdin read nothing: pipe the password in');
  return text;
}

/** The one NAME a user command takes. */
export function oneName(args: string[], command: string): string {
  const [name, ...extra] = args;
  if (name === undefined || extra.length > 0) throw new UsageError(`${command} takes one account NAME`);
  return name;
}

/** Says a password once, with what it is for: the only time it is shown. */
export const passwordLine = (name: string, password: string) =>
  `Password for "${name}": ${password}\nIt is shown this once and kept only as a hash: give it to its owner now.`;
