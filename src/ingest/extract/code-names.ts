import type { CodeKind } from './suggestion.ts';

/** A code named in a text, the words that name it and where they end. */
export interface CodeName {
  code: CodeKind;
  jurisdiction?: string;
  start: number;
  end: number;
}

const KZ = String.raw`(?:Республики\s+Казахстан|Республика\s+Казахстан|РК|(?:the\s+)?Republic\s+of\s+Kazakhstan|Kazakhstan)`;
const RU = String.raw`(?:Российской\s+Федерации|РФ|(?:the\s+)?Russian\s+Federation|Russia)`;
const COUNTRY = String.raw`(?:\s+(?:of\s+)?(?<kz>${KZ})|\s+(?:of\s+)?(?<ru>${RU}))?`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** Each way a code is written, most specific first; the country, when named, is a group (kz or ru). */
const FORMS: { code: CodeKind; re: RegExp }[] = [
  { code: 'cpc', re: new RegExp(String.raw`УПК${COUNTRY}${END}`, 'uy') },
  { code: 'cpc', re: new RegExp(String.raw`Уголовно-процессуальн\p{L}*\s+кодекс\p{L}*${COUNTRY}`, 'iuy') },
  {
    code: 'cpc',
    re: new RegExp(
      String.raw`(?:Criminal\s+Procedur\p{L}*\s+Code|Code\s+of\s+Criminal\s+Procedure)${COUNTRY}`,
      'iuy',
    ),
  },
  {
    code: 'cpc',
    re: new RegExp(
      String.raw`(?:ҚР\s*)?(?:ҚПК|Қылмыстық-процестік\s+кодекс\p{L}*)(?:-\p{L}+)?(?<kz>)`,
      'iuy',
    ),
  },
  { code: 'aoc', re: new RegExp(String.raw`КоАП${COUNTRY}${END}`, 'uy') },
  {
    code: 'aoc',
    re: new RegExp(
      String.raw`Кодекс\p{L}*(?:\s+(?<kz>Республики\s+Казахстан))?\s+об\s+административных\s+правонарушениях`,
      'iuy',
    ),
  },
  {
    code: 'aoc',
    re: new RegExp(
      String.raw`(?:Code\s+of\s+Administrative\s+Offen[cs]es|Administrative\s+Offen[cs]es\s+Code)${COUNTRY}`,
      'iuy',
    ),
  },
  {
    code: 'aoc',
    re: new RegExp(
      String.raw`(?:ҚР\s*)?(?:ӘҚБтК|Әкімшілік\s+құқық\s+бұзушылық\s+туралы\s+кодекс\p{L}*)(?:-\p{L}+)?(?<kz>)`,
      'iuy',
    ),
  },
  { code: 'cc', re: new RegExp(String.raw`УК${COUNTRY}${END}`, 'uy') },
  { code: 'cc', re: new RegExp(String.raw`Уголовн\p{L}*\s+кодекс\p{L}*${COUNTRY}`, 'iuy') },
  { code: 'cc', re: new RegExp(String.raw`(?:Criminal|Penal)\s+Code${COUNTRY}`, 'iuy') },
  {
    code: 'cc',
    re: new RegExp(
      String.raw`(?:(?:ҚР|Қазақстан\s+Республикасы\p{L}*)\s*)?(?:ҚК|Қылмыстық\s+кодекс\p{L}*)(?:-\p{L}+)?${END}(?<kz>)`,
      'iuy',
    ),
  },
];

/** The code named at `at` exactly ("УК РК", "Уголовного кодекса Республики Казахстан", "ҚР ҚК"), if any. */
export function codeNameAt(text: string, at: number): CodeName | undefined {
  for (const form of FORMS) {
    form.re.lastIndex = at;
    const m = form.re.exec(text);
    if (!m) continue;
    const groups = m.groups ?? {};
    const jurisdiction = groups.kz !== undefined ? 'kz' : groups.ru !== undefined ? 'ru' : undefined;
    return { code: form.code, ...(jurisdiction ? { jurisdiction } : {}), start: at, end: at + m[0].length };
  }
  return undefined;
}

const BEFORE =
  /(?:^|[^\p{L}\p{N}])((?:ҚР\s*|Қазақстан\s+Республикасы\p{L}*\s+)?(?:ҚК|ҚПК|ӘҚБтК)(?:-\p{L}+)?|(?:Қазақстан\s+Республикасы\p{L}*\s+|ҚР\s+)?(?:Қылмыстық|Қылмыстық-процестік)\s+кодекс\p{L}*|(?:УК|УПК|КоАП)\s*(?:РК|РФ)?)\s*$/u;

/** The code named just before `at` (Kazakh names the code first: «ҚР ҚК-нің 272-бабы»), if any. */
export function codeNameBefore(text: string, at: number): CodeName | undefined {
  const window = text.slice(Math.max(0, at - 60), at);
  const m = BEFORE.exec(window);
  if (!m?.[1]) return undefined;
  const from = at - window.length + m.index + m[0].indexOf(m[1]);
  return codeNameAt(text, from);
}
