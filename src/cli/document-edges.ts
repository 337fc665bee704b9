import { hostname } from 'node:os';
import type { DocumentDeps } from '../core/document/document.ts';
import { LAW_DIR } from '../data-dirs.ts';
import { nodeDocumentDeps, nodeExtractor, type Extractor } from '../node-documents.ts';
import type { CommandContext } from './context.ts';
import { invalidValue } from './output.ts';

/** The document service's ports for a command: the store it opened and the file store beside it. */
export async function documentDeps(ctx: CommandContext): Promise<DocumentDeps> {
  return nodeDocumentDeps(await ctx.store(), ctx.env);
}

/** Extraction over the law data the command reads (CASEWATCH_LAW_DIR or the package's). */
export function documentExtractor(ctx: CommandContext): Extractor {
  return nodeExtractor(ctx.law().jurisdictions(), ctx.env.CASEWATCH_LAW_DIR?.trim() || LAW_DIR);
}

/** Where a file added from the CLI came from, for its chain of custody: the acting user on this host. */
export function cliOrigin(ctx: CommandContext): string {
  return `cli:${ctx.actor.user ?? ctx.actor.id}@${hostname()}`;
}

/** A page number as a flag gives it: a whole number from 1. */
export function pageNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,6}$/.test(value))
    throw invalidValue(flag, `${flag} must be a page number (1, 2, …), not "${value}"`);
  return Number(value);
}
