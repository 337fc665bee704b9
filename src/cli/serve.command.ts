import { WEB_DIR } from '../data-dirs.ts';
import { loadDemoIfEmpty } from '../exchange/demo-data.ts';
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
  const server = await startServer({ store, law, port, host, webRoot: WEB_DIR });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  printText(`Casewatch is serving on http://${host}:${actualPort}/ (${store.dialect}); Ctrl-C stops it.`);
  const stop = () => {
    server.close();
    void ctx.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 'running';
}
