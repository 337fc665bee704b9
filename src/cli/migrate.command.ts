import type { MigrationReport } from '../store/migrations/index.ts';
import { openStore } from '../store/open-store.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { storeNotices } from './notices.ts';
import { printJson, printText, UsageError } from './output.ts';

/**
 * casewatch migrate [--json]: upgrades the database's schema and says which migrations it applied, or that it
 * was up to date. Any command upgrades the database as it opens it; this one does only that.
 */
export async function runMigrate(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('migrate takes no arguments');
  let report: MigrationReport | undefined;
  const store = await openStore(ctx.env, {
    ...storeNotices(flags.json),
    onMigrated: (done) => (report = done),
  });
  await store.close();
  if (report === undefined) throw new Error('the store opened without saying what its upgrade did');
  const database = store.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  if (flags.json) return printJson({ database: store.dialect, ...report });
  if (report.applied.length === 0)
    return printText(`The ${database} database is up to date (schema ${report.current}).`);
  const count = report.applied.length === 1 ? 'migration' : `${report.applied.length} migrations`;
  printText(
    `Upgraded the ${database} database: applied ${count} ${report.applied.join(', ')}; its schema is now ${report.current}.`,
  );
}
