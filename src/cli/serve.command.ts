import { WEB_DIR } from '../data-dirs.ts';
import { ensureFirstAdmin } from '../core/accounts/account.service.ts';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import { loadDemoIfEmpty } from '../exchange/demo-data.ts';
import { nodeAccountDeps } from '../node-secrets.ts';
import { startServer } from '../server.ts';
import type { CommandContext } from './context.ts';
import type { CommandResult, Flags } from './flags.ts';
import { DomainError } from '../core/errors.ts';
import { invalidValue, printText, UsageError } from './output.ts';

/** casewatch serve [--port N] [--host H] [--demo]: runs until stopped. */
export async function runServe(ctx: CommandContext, args: string[], flags: Flags): Promise<CommandResult> {
  if (args.length > 0) throw new UsageError('serve takes no arguments');
  const given = flags.port ?? ctx.env.PORT ?? '3000';
  const port = /^\d{1,5}$/.test(given) ? Number(given) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    // A bad value of a flag is invalid input (4); of the environment, a configuration to mend (2).
    if (flags.port !== undefined)
      throw invalidValue('--port', `--port must be a port number, not "${given}"`);
    throw new DomainError('config.invalid', `PORT must be a port number, not "${given}"`);
  }
  const host = flags.host ?? ctx.env.HOST ?? '127.0.0.1';
  const store = await ctx.store();
  const law = ctx.law();
  if (flags.demo && (await loadDemoIfEmpty(store, law)) > 0)
    printText('Loaded the demo case into the empty database.');
  // No default password anywhere: the demo's first admin gets a random one, shown here once and never again.
  const password = flags.demo ? await ensureFirstAdmin(nodeAccountDeps(store), SYSTEM_ACTOR) : undefined;
  const isBehindProxy = ['1', 'true', 'yes'].includes(ctx.env.CASEWATCH_TRUST_PROXY?.trim() ?? '');
  const server = await startServer({ store, law, port, host, isBehindProxy, webRoot: WEB_DIR });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  // One write, so whoever waits for the address has the way to sign in with it.
  printText(
    `Casewatch is serving on http://${host}:${actualPort}/ (${store.dialect}); Ctrl-C stops it.` +
      (password === undefined
        ? ''
        : `\nSign in as "admin" with the password ${password}\n` +
          'It is shown this once and kept only as a hash: note it now. ' +
          "Change it with 'casewatch user reset-password admin'; add accounts with 'casewatch user add NAME --role researcher' (a viewer unless a role is given)."),
  );
  const stop = () => {
    server.close();
    void ctx.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 'running';
}
