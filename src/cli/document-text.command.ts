import {
  documentPage,
  documentPages,
  getDocument,
  MAX_PAGES_AN_ANSWER,
} from '../core/document/document-read.service.ts';
import type { DocumentPage } from '../core/ports.ts';
import type { CommandContext } from './context.ts';
import { documentDeps, pageNumber } from './document-edges.ts';
import type { Flags } from './flags.ts';
import { printJson, printText, UsageError } from './output.ts';

/** casewatch document text DOC-ID [--page N] [--json]: a document's text, one page or every page read. */
export async function runDocumentText(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [id, ...extra] = args;
  if (id === undefined || extra.length > 0) throw new UsageError('document text needs one document id');
  const page = pageNumber(flags.page, '--page');
  const session = await ctx.session();
  const deps = await documentDeps(ctx);
  if (page !== undefined) {
    const found = await documentPage(deps, session, id, page);
    return flags.json ? printJson(found) : printText(found.text);
  }
  const doc = await getDocument(deps, session, id);
  const pages: DocumentPage[] = [];
  for (let from = 1; from <= (doc.pageCount ?? 1); from += MAX_PAGES_AN_ANSWER)
    pages.push(...(await documentPages(deps, session, id, { from })));
  if (flags.json) return printJson({ document: doc, pages });
  if (pages.length === 0)
    return printText(`${id}: no text (${doc.textStatus}${doc.textNote ? `: ${doc.textNote}` : ''})`);
  printText(
    pages.map((p) => `--- page ${p.page}${p.method === 'ocr' ? ' (OCR)' : ''} ---\n${p.text}`).join('\n'),
  );
}
