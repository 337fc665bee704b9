import type { CommandContext } from './context.ts';
import type { DocumentFlags } from './document-flags.ts';

/** Parsed flags shared by the commands. */
export interface Flags {
  json: boolean;
  /** matrix: print CSV. */
  csv?: boolean;
  dryRun: boolean;
  out?: string;
  /** import: what to do with ids that exist ('merge' or 'create'), as given; the command checks it. */
  mode?: string;
  asOf?: string;
  limit?: string;
  after?: string;
  port?: string;
  host?: string;
  demo: boolean;
  openData?: boolean;
  /** user add: make an admin (--admin), or give one role (--role), and groups (--group, repeatable). */
  admin?: boolean;
  role?: string;
  group?: string[];
  /** user add, user reset-password: read the password from stdin instead of making one. */
  passwordStdin?: boolean;
  /** token create: the token's name; user add: the display name. */
  name?: string;
  displayName?: string;
  /** token create: the account the token acts for (default: CASEWATCH_USER's). */
  user?: string;
  /** search: the kinds of record to find (repeatable). */
  kind?: string[];
  /** document add: the source's URL, title and visibility; document text: the page. */
  url?: string;
  title?: string;
  visibility?: string;
  page?: string;
  /** document add: the source's details, role, capture record and restricted fields. */
  document?: DocumentFlags;
}

/** What a command returns: an exit code (default 0), or 'running' when it keeps the store open (serve). */
export type CommandResult = number | void | 'running';

/** One command of the CLI: it reads its words and flags and returns its result. */
export type Command = (ctx: CommandContext, args: string[], flags: Flags) => Promise<CommandResult>;
