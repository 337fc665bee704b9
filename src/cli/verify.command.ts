import { verifyFiles } from '../core/document/document.service.ts';
import type { CommandContext } from './context.ts';
import { documentDeps } from './document-edges.ts';
import type { CommandResult, Flags } from './flags.ts';
import { printJson, printText, UsageError } from './output.ts';

/** The exit code when a stored file changed or went missing: the evidence is not what was kept. */
export const EXIT_FILES_DAMAGED = 8;

/**
 * casewatch verify [--json]: re-hashes every stored file; each one that changed or went missing is named with
 * its documents, and the exit code is non-zero.
 */
export async function runVerify(ctx: CommandContext, args: string[], flags: Flags): Promise<CommandResult> {
  if (args.length > 0) throw new UsageError('verify takes no arguments');
  const checks = await verifyFiles(await documentDeps(ctx), await ctx.session());
  const bad = checks.filter((c) => c.status !== 'ok');
  if (flags.json) printJson({ files: checks.length, ok: checks.length - bad.length, damaged: bad });
  else {
    for (const c of bad)
      process.stderr.write(
        `casewatch: ${c.sha256} ${c.status === 'missing' ? 'is missing' : 'has changed'}` +
          `${c.documents.length > 0 ? ` (${c.documents.join(', ')})` : ''}\n`,
      );
    printText(
      `${checks.length} stored file${checks.length === 1 ? '' : 's'}: ${checks.length - bad.length} unchanged` +
        (bad.length > 0 ? `, ${bad.length} changed or missing` : ''),
    );
  }
  return bad.length > 0 ? EXIT_FILES_DAMAGED : 0;
}
