import { documentSuggestions, getDocument } from '../core/document/document-read.service.ts';
import type { CitationValue } from '../ingest/extract/suggestion.ts';
import type { CommandContext } from './context.ts';
import { documentDeps, documentExtractor } from './document-edges.ts';
import type { Flags } from './flags.ts';
import { printJson, printText, UsageError } from './output.ts';

/** One citation found in a document, as the command shows it. */
export interface FoundCitation {
  page: number;
  quote: string;
  article: string;
  part?: string;
  point?: string;
  code?: string;
  jurisdiction?: string;
  /** Whether the law data holds the cited article, and its title when it does. */
  isHeld: boolean;
  title?: string;
  reason?: string;
}

/** casewatch document citations DOC-ID [--json]: the legal citations of a document's text, page by page. */
export async function runDocumentCitations(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const [id, ...extra] = args;
  if (id === undefined || extra.length > 0) throw new UsageError('document citations needs one document id');
  const session = await ctx.session();
  const deps = await documentDeps(ctx);
  const doc = await getDocument(deps, session, id);
  const extract = await documentExtractor(ctx)(session, doc.case);
  const found = await documentSuggestions(deps, session, id, (text) =>
    extract(text).filter((s) => s.type === 'citation'),
  );
  const citations = found.map((s) => citationOf(s.page, s.quote, s.value));
  if (flags.json) return printJson({ document: id, citations });
  if (citations.length === 0) return printText(`${id}: no citations found (text ${doc.textStatus})`);
  printText(citations.map(formatCitation).join('\n'));
}

function citationOf(page: number, quote: string, value: CitationValue): FoundCitation {
  const r = value.resolution;
  return {
    page,
    quote,
    article: value.article,
    ...(value.part !== undefined ? { part: value.part } : {}),
    ...(value.point !== undefined ? { point: value.point } : {}),
    ...(value.code.code !== undefined ? { code: value.code.code } : {}),
    ...(value.code.jurisdiction !== undefined ? { jurisdiction: value.code.jurisdiction } : {}),
    isHeld: r.status === 'held',
    ...(r.status === 'held' ? { title: r.title } : { reason: r.reason }),
  };
}

/** "page 3  ч. 1 ст. 272 УК РК  → kz cc article 272 part 1: Mass riots". */
function formatCitation(c: FoundCitation): string {
  const where = [c.jurisdiction, c.code].filter((x) => x !== undefined).join(' ');
  const cited = [
    where,
    `article ${c.article}`,
    c.part !== undefined ? `part ${c.part}` : '',
    c.point !== undefined ? `point ${c.point}` : '',
  ]
    .filter((x) => x !== '')
    .join(' ');
  const held = c.isHeld
    ? (c.title ?? 'held')
    : `not in the law data (${(c.reason ?? '').replace(/_/g, ' ')})`;
  return `page ${c.page}\t${c.quote}\t→ ${cited}: ${held}`;
}
