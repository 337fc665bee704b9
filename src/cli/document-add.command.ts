import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { resolveCaseRef } from '../core/case/case.service.ts';
import { VisibilitySchema, type Visibility } from '../core/common/visibility.ts';
import { addDocument, readDocumentText, type AddDocumentInput } from '../core/document/document.service.ts';
import { DocumentKindSchema } from '../core/source/source.ts';
import type { DocumentFlags } from './document-flags.ts';
import type { CommandContext } from './context.ts';
import { cliOrigin, documentDeps } from './document-edges.ts';
import { pagesLine } from './document-progress.ts';
import type { Flags } from './flags.ts';
import { invalidValue, printJson, printText, UsageError } from './output.ts';

/**
 * casewatch document add CASE-REF FILE [--url URL] [--title T] [--visibility V] and the source's details and
 * capture record (see the help): keeps the file as a document of the case, reads its text at once (a progress bar on a terminal) and prints the new document's id.
 */
export async function runDocumentAdd(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [ref, path, ...extra] = args;
  if (ref === undefined || path === undefined || extra.length > 0)
    throw new UsageError('document add needs a case (id or defendant name) and one FILE');
  const visibility = visibilityOf(flags.visibility);
  const found = await stat(path);
  if (!found.isFile()) throw invalidValue('FILE', `${path}: not a file`);
  const session = await ctx.session();
  const caseId = await resolveCaseRef(session, ref);
  const deps = await documentDeps(ctx);
  const name = basename(path);
  const doc = await addDocument(deps, session, {
    caseId,
    bytes: createReadStream(path, { highWaterMark: 1024 * 1024 }),
    name,
    origin: cliOrigin(ctx),
    ...(flags.url !== undefined ? { url: flags.url } : {}),
    ...(flags.title !== undefined ? { title: flags.title } : {}),
    ...(visibility !== undefined ? { visibility } : {}),
    ...(flags.document !== undefined ? documentInputOf(flags.document) : {}),
  });
  const bar = flags.json || !process.stderr.isTTY ? undefined : pagesLine(process.stderr, name);
  const info = await readDocumentText(deps, session.actor, doc.file.sha256, {
    name,
    ...(bar ? { onProgress: bar.update } : {}),
  }).finally(() => bar?.end());
  const result = {
    ...doc,
    ...(info !== undefined
      ? {
          textStatus: info.textStatus,
          pagesDone: info.pagesDone,
          ...(info.pageCount !== undefined ? { pageCount: info.pageCount } : {}),
          ...(info.textNote !== undefined ? { textNote: info.textNote } : {}),
        }
      : {}),
  };
  if (flags.json) return printJson(result);
  printText(result.id);
  if (result.textStatus === 'failed')
    process.stderr.write(`casewatch: ${name}: no text read: ${result.textNote ?? ''}\n`);
  else if (result.textNote !== undefined) process.stderr.write(`casewatch: ${name}: ${result.textNote}\n`);
}

function visibilityOf(value: string | undefined): Visibility | undefined {
  if (value === undefined) return undefined;
  const parsed = VisibilitySchema.safeParse(value);
  if (!parsed.success)
    throw invalidValue('--visibility', `--visibility must be public, internal or restricted, not "${value}"`);
  return parsed.data;
}

/** The source's details, role and restricted fields as the core takes them; the role is checked here. */
function documentInputOf(
  flags: DocumentFlags,
): Pick<AddDocumentInput, 'details' | 'documentKind' | 'fieldVisibility'> {
  const kind = flags.documentKind;
  const parsed = kind === undefined ? undefined : DocumentKindSchema.safeParse(kind);
  if (parsed !== undefined && !parsed.success)
    throw invalidValue(
      '--document-kind',
      `--document-kind must be one of ${DocumentKindSchema.options.join(', ')}, not "${kind}"`,
    );
  return {
    details: flags.details,
    ...(parsed?.data !== undefined ? { documentKind: parsed.data } : {}),
    ...(flags.fieldVisibility !== undefined ? { fieldVisibility: flags.fieldVisibility } : {}),
  };
}
