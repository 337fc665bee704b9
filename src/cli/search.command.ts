import { SEARCH_KINDS, type SearchKind, type SearchPage } from '../core/search/search.ts';
import type { CommandContext } from './context.ts';
import type { Flags } from './flags.ts';
import { invalidValue, printJson, printText, UsageError } from './output.ts';

/** casewatch search QUERY [--kind K]... [--limit N] [--after CURSOR] [--json]: what the acting user may find. */
export async function runSearch(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  const text = args.join(' ').trim();
  if (text === '') throw new UsageError('search needs a QUERY, e.g. search "Мамаем" or search "ст. 272"');
  const kinds = (flags.kind ?? []).map(parseKind);
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  if (limit !== undefined && !Number.isInteger(limit))
    throw invalidValue('limit', `--limit must be a whole number, not "${flags.limit}"`);
  const page = await (
    await ctx.session()
  ).search({
    text,
    ...(kinds.length > 0 ? { kinds } : {}),
    ...(limit !== undefined ? { limit } : {}),
    ...(flags.after !== undefined ? { cursor: flags.after } : {}),
  });
  if (flags.json) return printJson(page);
  printText(formatPage(page));
}

/** casewatch search rebuild: the index made again from the records, in one transaction. */
export async function runSearchRebuild(ctx: CommandContext, args: string[], flags: Flags): Promise<void> {
  if (args.length > 0) throw new UsageError('search rebuild takes no arguments');
  const line = flags.json || !process.stderr.isTTY ? undefined : process.stderr;
  let drawn = 0;
  const result = await (
    await ctx.session()
  ).rebuildSearch((done, total) => {
    const now = Date.now();
    if (line === undefined || (now - drawn < 250 && done < total)) return;
    drawn = now;
    line.write(`\rIndexing: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} records`);
  });
  line?.write('\r\x1b[K');
  if (flags.json) return printJson(result);
  printText(
    `search index rebuilt: ${result.records.toLocaleString('en-US')} records, ${result.entries.toLocaleString('en-US')} entries`,
  );
}

function parseKind(word: string): SearchKind {
  if ((SEARCH_KINDS as readonly string[]).includes(word)) return word as SearchKind;
  throw invalidValue('kind', `--kind must be one of ${SEARCH_KINDS.join(', ')}, not "${word}"`);
}

/**
 * A page as lines: each hit's kind, id and title, how it matched (in a document's text: on which page), and its
 * snippet with the matches in [ ].
 */
export function formatPage(page: SearchPage): string {
  if (page.total === 0 && page.next === undefined) return 'nothing found';
  const lines = page.hits.map((hit) => {
    const snippet = hit.snippet.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('');
    const where = hit.page !== undefined ? `page ${hit.page}` : hit.field;
    const head = `${hit.kind.padEnd(12)} ${hit.id}  ${hit.title}  (${hit.match}, ${where})`;
    return snippet === '' || snippet === hit.title
      ? head
      : `${head}\n${' '.repeat(13)}${snippet.replace(/\s+/g, ' ')}`;
  });
  const total = page.total.toLocaleString('en-US');
  lines.push(`${page.hits.length} of ${page.totalIsLowerBound ? `at least ${total}` : total}`);
  if (page.next !== undefined) lines.push(`next page: --after ${page.next}`);
  return lines.join('\n');
}
