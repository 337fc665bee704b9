// Writes data/law/kz/code-index.json from the transcribed table of contents (../shared/domain/kz-criminal-code-articles.csv)
// when that file is present. Titles in other languages, other names (`alsoNamed`) and articles added by hand
// (`added`) are kept from the existing file.
// Usage: npx tsx scripts/generate-code-index.ts [CSV] [TARGET]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CodeIndexFileSchema, type CodeIndexFile, type IndexedArticle } from '../src/core/law/law-index.ts';

const csvPath =
  process.argv[2] ??
  fileURLToPath(new URL('../../shared/domain/kz-criminal-code-articles.csv', import.meta.url));
const target = process.argv[3] ?? fileURLToPath(new URL('../data/law/kz/code-index.json', import.meta.url));

const DIVISIONS: Record<string, IndexedArticle['division']> = {
  'ОБЩАЯ ЧАСТЬ': 'general',
  'ОСОБЕННАЯ ЧАСТЬ': 'special',
  'ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ': 'final',
};

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += ch;
  }
  if (field !== '' || row.length > 0) (row.push(field), rows.push(row));
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** "[Исключена Законом РК от 03.07.2017 № 84-VI] (до исключения: Клевета)" → the law, its day, the old title. */
function exclusion(title: string): { law: string; signedOn?: string; formerTitle?: string } | undefined {
  const m = /^\[Исключена (.+?)\](?: \(до исключения: (.+)\))?$/.exec(title);
  if (!m?.[1]) return undefined;
  const day = /от (\d\d)\.(\d\d)\.(\d{4})/.exec(m[1]);
  return {
    law: m[1].replace(/^Законом/, 'Закон'),
    ...(day ? { signedOn: `${day[3]}-${day[2]}-${day[1]}` } : {}),
    ...(m[2] ? { formerTitle: m[2] } : {}),
  };
}

function fromRow(cols: Record<string, string>): IndexedArticle {
  const title = clean(cols.title_ru);
  const earlier = clean(cols.title_2014_11_07_selected_diffs);
  const division = DIVISIONS[clean(cols.part)];
  if (!division) throw new Error(`article ${cols.article}: unknown division "${cols.part}"`);
  const excluded = cols.status_in_toc_version === 'excluded' ? exclusion(title) : undefined;
  if (cols.status_in_toc_version === 'excluded' && !excluded)
    throw new Error(`article ${cols.article}: excluded, but "${title}" does not say by which law`);
  const name = excluded ? (excluded.formerTitle ?? earlier) : title;
  return {
    article: clean(cols.article),
    titles: name ? { ru: name } : { ru: title },
    division,
    ...(clean(cols.section) ? { section: { ru: clean(cols.section) } } : {}),
    ...(clean(cols.chapter) ? { chapter: { ru: clean(cols.chapter) } } : {}),
    ...(excluded
      ? { excluded: { law: excluded.law, ...(excluded.signedOn ? { signedOn: excluded.signedOn } : {}) } }
      : {}),
    ...(!excluded && earlier ? { earlierTitles: [{ asOf: '2014-11-07', titles: { ru: earlier } }] } : {}),
  };
}

function articleOrder(a: string, b: string): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am - bm || as - bs;
}

if (!existsSync(csvPath)) {
  console.log(`no ${csvPath}: ${target} is left as it is`);
  process.exit(0);
}
const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8'));
if (!header) throw new Error(`${csvPath} is empty`);
const previous = existsSync(target)
  ? CodeIndexFileSchema.parse(JSON.parse(readFileSync(target, 'utf8')))
  : undefined;
const kept = new Map(previous?.articles.map((a) => [a.article, a]));
const articles = rows.map((r) => {
  const entry = fromRow(Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  // The titles in other languages than the table of contents' (English, Kazakh) and the other names sources give
  // the offence are kept from the file as it was.
  const before = kept.get(entry.article);
  const { ru: _ru, ...others } = before?.titles ?? {};
  return {
    ...entry,
    titles: { ...entry.titles, ...others },
    ...(before?.alsoNamed ? { alsoNamed: before.alsoNamed } : {}),
  };
});
const inCsv = new Set(articles.map((a) => a.article));
articles.push(...(previous?.articles ?? []).filter((a) => a.added && !inCsv.has(a.article)));
articles.sort((a, b) => articleOrder(a.article, b.article));

const file: CodeIndexFile = {
  jurisdiction: 'kz',
  schemaVersion: 1,
  sources: previous?.sources ?? [
    {
      title: 'kazakhstan-law/codes: Markdown mirror of the official database (zan.gov.kz), Criminal Code',
      url: 'https://github.com/kazakhstan-law/codes',
    },
    {
      title: 'Casewatch domain notes, §7: kz-criminal-code-articles.csv',
      note: 'Transcribed from the table of contents; generated by scripts/generate-code-index.ts.',
    },
  ],
  code: 'cc',
  transcribedFrom: previous?.transcribedFrom ?? {
    description:
      'The table of contents of a 2020-21 version of the Criminal Code No. 226-V (articles excluded by then are marked); titles as of 2014-11-07 where they differ are earlierTitles.',
  },
  articles,
};
writeFileSync(target, `${JSON.stringify(CodeIndexFileSchema.parse(file), null, 2)}\n`);
console.log(`wrote ${target}: ${articles.length} articles`);
