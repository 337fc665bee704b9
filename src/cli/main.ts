import { parseArgs } from 'node:util';
import { DOCUMENT_FLAG_OPTIONS, documentFlagsOf } from './document-flags.ts';
import { createContext, type CommandContext } from './context.ts';
import { storeNotices } from './notices.ts';
import type { Command, Flags } from './flags.ts';
import { reportError, UsageError } from './output.ts';
import { runCaseList, runCaseShow } from './case.command.ts';
import { runDocumentAdd } from './document-add.command.ts';
import { runDocumentCitations } from './document-citations.command.ts';
import { runDocumentText } from './document-text.command.ts';
import { runExport } from './export.command.ts';
import { runFacts } from './facts.command.ts';
import { runHistory } from './history.command.ts';
import { runImport } from './import.command.ts';
import { runMatrix } from './matrix.command.ts';
import { runMigrate } from './migrate.command.ts';
import { runSchema } from './schema.command.ts';
import { runSearch, runSearchRebuild } from './search.command.ts';
import { runServe } from './serve.command.ts';
import { runTokenCreate } from './token-create.command.ts';
import { runTokenList } from './token-list.command.ts';
import { runTokenRevoke } from './token-revoke.command.ts';
import { runUserAdd } from './user-add.command.ts';
import { runUserDisable, runUserEnable } from './user-disable.command.ts';
import { runUserList } from './user-list.command.ts';
import { runUserRequireTotp } from './user-require-totp.command.ts';
import { runUserResetPassword } from './user-reset-password.command.ts';
import { runUserSessions } from './user-sessions.command.ts';
import { runVerify } from './verify.command.ts';

const HELP = `casewatch: document and analyse politically motivated prosecutions

Usage:
  casewatch import FILE [--mode merge|create] [--dry-run] [--json]
                                               import a case bundle, all or nothing; merge (the default)
                                               updates records that exist, create refuses them
  casewatch export [--out FILE] [--open-data]  every record as a case bundle (admins: a backup);
                                               --open-data: what the public may see
  casewatch case list [--limit N] [--after ID] [--json]
                                               list cases, a page at a time (100 by default)
  casewatch case show REF [--as-of DATE] [--json]
                                               show a case (REF: a case id or a defendant's name), as
                                               known on the day when one is given
  casewatch facts REF [--as-of DATE] [--json]  computed facts of a case as of a day (default today)
  casewatch matrix REF [--csv] [--json]        the indictment matrix: each charge's elements against the
                                               allegations and the evidence, with the gaps
  casewatch history KIND ID [--json]            who changed a record, when, and what (KIND: case, charge, …)
  casewatch search QUERY [--kind K]... [--limit N] [--after CURSOR] [--json]
                                               find persons, cases, charges, … by any form of a name or an
                                               article ("Мамаем", "MAMAY Zhanbolat", "ст. 272")
  casewatch search rebuild                     make the search index again from the records
  casewatch document add CASE-REF FILE [--url URL] [--title T] [--visibility V]
            [--document-kind K] [--author A] [--publisher P] [--published-on D] [--language L]
            [--accessed-on D] [--archive-url URL] [--restrict FIELD]...
            [--platform P] [--post-id ID] [--account A] [--published-at T] [--captured-at T]
            [--collector C] [--tool T]
                                               keep a file (PDF, image, audio, video, web capture) as a
                                               document of the case, read its text; prints its id. The
                                               capture flags record online material as it was preserved;
                                               --restrict capture keeps them (the collector) restricted
  casewatch document text DOC-ID [--page N] [--json]
                                               a document's text, every page or one
  casewatch document citations DOC-ID [--json] the legal citations in a document's text, by page, and
                                               whether the law data holds each article
  casewatch verify [--json]                    re-hash every stored file; exit 8 when one changed or is missing
  casewatch schema bundle [--out FILE]         print the bundle's JSON Schema
  casewatch migrate [--json]                   upgrade the database's schema (any command does so as it starts)
  casewatch serve [--port N] [--host H] [--demo]
                                               serve the API; --demo loads the demo case into an empty database
                                               (and, with no account at all, makes 'admin' with a random
                                               password printed once)
  casewatch user add NAME [--admin | --role R] [--group G]... [--display-name D] [--password-stdin]
                                               add an account (R: admin, editor, researcher, viewer; viewer
                                               unless given); prints a random password once unless one is read
                                               from stdin
  casewatch user list [--json]                 every account, its roles, groups, second factor, state
  casewatch user disable NAME | user enable NAME
                                               a disabled account's sessions and tokens stop working at once
  casewatch user reset-password NAME [--password-stdin]
                                               a new password (printed once); ends the account's sessions
  casewatch user sessions NAME [--json]        the account's sign-in sessions
  casewatch user require-totp on|off           make a second factor (TOTP) mandatory for everyone, or not
  casewatch token create --name N [--role R] [--user NAME]
                                               an API token for scripts (Authorization: Bearer), printed once
  casewatch token list [--user NAME] [--json]  API tokens (never their secrets)
  casewatch token revoke ID                    a revoked token stops working at once

Environment: CASEWATCH_DB (SQLite file, default ./data/casewatch.db) or DATABASE_URL (PostgreSQL);
CASEWATCH_USER and CASEWATCH_ROLE name the acting user.
`;

const COMMANDS: Record<string, Command> = {
  import: runImport,
  export: runExport,
  'case list': runCaseList,
  'case show': runCaseShow,
  facts: runFacts,
  'document add': runDocumentAdd,
  'document text': runDocumentText,
  'document citations': runDocumentCitations,
  verify: runVerify,
  history: runHistory,
  matrix: runMatrix,
  search: runSearch,
  'search rebuild': runSearchRebuild,
  'schema bundle': runSchema,
  migrate: runMigrate,
  serve: runServe,
  'user add': runUserAdd,
  'user list': runUserList,
  'user disable': runUserDisable,
  'user enable': runUserEnable,
  'user reset-password': runUserResetPassword,
  'user sessions': runUserSessions,
  'user require-totp': runUserRequireTotp,
  'token create': runTokenCreate,
  'token list': runTokenList,
  'token revoke': runTokenRevoke,
};

function parse(argv: string[]): { words: string[]; flags: Flags } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      csv: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      out: { type: 'string' },
      mode: { type: 'string' },
      'as-of': { type: 'string' },
      limit: { type: 'string' },
      after: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'open-data': { type: 'boolean', default: false },
      admin: { type: 'boolean', default: false },
      role: { type: 'string' },
      group: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean', default: false },
      name: { type: 'string' },
      'display-name': { type: 'string' },
      user: { type: 'string' },
      kind: { type: 'string', multiple: true },
      url: { type: 'string' },
      title: { type: 'string' },
      visibility: { type: 'string' },
      page: { type: 'string' },
      ...DOCUMENT_FLAG_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { words: ['help'], flags: { json: false, dryRun: false, demo: false } };
  return {
    words: positionals,
    flags: {
      json: values.json,
      csv: values.csv,
      dryRun: values['dry-run'],
      demo: values.demo,
      openData: values['open-data'],
      admin: values.admin,
      passwordStdin: values['password-stdin'],
      ...(values.role !== undefined ? { role: values.role } : {}),
      ...(values.group !== undefined ? { group: values.group } : {}),
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values['display-name'] !== undefined ? { displayName: values['display-name'] } : {}),
      ...(values.user !== undefined ? { user: values.user } : {}),
      ...(values.kind !== undefined ? { kind: values.kind } : {}),
      ...(values.url !== undefined ? { url: values.url } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.visibility !== undefined ? { visibility: values.visibility } : {}),
      ...(values.page !== undefined ? { page: values.page } : {}),
      ...documentFlagsEntry(values),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.mode !== undefined ? { mode: values.mode } : {}),
      ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
      ...(values.limit !== undefined ? { limit: values.limit } : {}),
      ...(values.after !== undefined ? { after: values.after } : {}),
      ...(values.port !== undefined ? { port: values.port } : {}),
      ...(values.host !== undefined ? { host: values.host } : {}),
    },
  };
}

function documentFlagsEntry(values: Record<string, unknown>): Pick<Flags, 'document'> {
  const document = documentFlagsOf(values);
  return document !== undefined ? { document } : {};
}

/** Runs the CLI with arguments and returns the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let asJson = argv.includes('--json');
  let ctx: CommandContext | undefined;
  try {
    const { words, flags } = parse(argv);
    asJson = flags.json;
    // Asked for, the help is the output; given for want of a command, it is the error.
    if (words[0] === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (words.length === 0) {
      process.stderr.write(HELP);
      return 2;
    }
    const two = words.slice(0, 2).join(' ');
    const [name, rest] = COMMANDS[two] ? [two, words.slice(2)] : [words[0] ?? '', words.slice(1)];
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${words.join(' ')}"`);
    ctx = createContext(env, storeNotices(flags.json));
    const result = await command(ctx, rest, flags);
    if (result === 'running') ctx = undefined; // the command closes the store itself when it stops
    return result === 'running' ? 0 : (result ?? 0);
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return reportError(new UsageError(error.message), asJson);
    }
    return reportError(error, asJson);
  } finally {
    if (ctx) await ctx.close();
  }
}
