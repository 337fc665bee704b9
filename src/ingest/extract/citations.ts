import { parseCitationPhrases, type CitationPhrase, type CitedRef } from './citation-grammar.ts';
import type { CitationLaw } from './law-context.ts';
import {
  makeSuggestion,
  type CitationResolution,
  type CitationValue,
  type CitedCode,
  type Qualifier,
  type Suggestion,
} from './suggestion.ts';

type CitationSuggestion = Extract<Suggestion, { type: 'citation' }>;

/** Words before a phrase that name the stage or role: «покушение на», "attempted", «оқталу». */
const STAGE_WORDS: [RegExp, Qualifier][] = [
  [/(?:покушени|покушал|attempt|оқтал)\p{L}*/iu, 'attempt'],
  [/(?:приготовлени|приготовил|prepar|дайындал)\p{L}*/iu, 'preparation'],
  [
    /(?:соучаст|пособни|подстрекат|complicity|accomplice|abett|instigat|қатысушы|айдап\s*салушы)\p{L}*/iu,
    'complicity',
  ],
];

/** Every article cited in a text, with its code, its title or why we lack it, and what qualifies it. */
export function extractCitations(
  text: string,
  law: CitationLaw,
  languages: readonly string[] = ['en', 'ru', 'kk'],
): CitationSuggestion[] {
  return parseCitationPhrases(text).flatMap((phrase) => phraseCitations(text, phrase, law, languages));
}

function phraseCitations(
  text: string,
  phrase: CitationPhrase,
  law: CitationLaw,
  languages: readonly string[],
): CitationSuggestion[] {
  const cited: { ref: CitedRef; code: CitedCode; start: number; end: number }[] = [];
  phrase.segments.forEach((segment, s) => {
    const code = citedCode(
      segment.code ? { ...segment.code, text: text.slice(segment.code.start, segment.code.end) } : undefined,
      law,
    );
    const lastStart = segment.refs.at(-1)?.start;
    segment.refs.forEach((ref, i) => {
      const isLast = ref.start === lastStart;
      const codeEnd = segment.code && segment.code.start >= ref.end && isLast ? segment.code.end : ref.end;
      const codeStart =
        s === 0 && i === 0 && segment.code && segment.code.start < ref.start ? segment.code.start : ref.start;
      cited.push({ ref, code, start: codeStart, end: codeEnd });
    });
  });
  const stageWord = stageBefore(text, phrase.start) ?? stageAfter(text, phrase.end);
  const isGeneral = (c: (typeof cited)[number]): Qualifier | undefined => {
    const g = law.generalPart.find(
      (p) => p.article === c.ref.article && p.code === c.code.code && p.jurisdiction === c.code.jurisdiction,
    );
    if (!g) return undefined;
    return g.as === 'unfinished' && (stageWord === 'attempt' || stageWord === 'preparation')
      ? stageWord
      : g.as;
  };
  // A general-part article qualifies the offence cited after it («ч. 3 ст. 24, п. 2 ч. 2 ст. 293»), else the one before.
  const targetOf = (i: number): (typeof cited)[number] | undefined =>
    cited.slice(i + 1).find((c) => isGeneral(c) === undefined) ??
    cited.slice(0, i).findLast((c) => isGeneral(c) === undefined);
  const links = cited.map((c, i) => {
    const as = isGeneral(c);
    return as === undefined ? undefined : { target: targetOf(i), as };
  });
  const isLinked = links.some((l) => l?.target !== undefined);
  const firstOffence = cited.find((_, j) => links[j] === undefined);
  const qualifying = new Map<(typeof cited)[number], NonNullable<CitationValue['qualifiedBy']>>();
  links.forEach((l, j) => {
    const q = cited[j];
    if (!l?.target || !q) return;
    const list = qualifying.get(l.target) ?? [];
    list.push({ article: q.ref.article, ...partOf(q.ref), as: l.as });
    qualifying.set(l.target, list);
  });
  return cited.map((c, i) => {
    const value: CitationValue = {
      article: c.ref.article,
      ...(c.ref.part !== undefined ? { part: c.ref.part } : {}),
      ...(c.ref.point !== undefined ? { point: c.ref.point } : {}),
      code: c.code,
      resolution: resolve(c.ref.article, c.code, law, languages),
    };
    const link = links[i];
    if (link?.target)
      value.qualifies = { article: link.target.ref.article, ...partOf(link.target.ref), as: link.as };
    const by = [...(qualifying.get(c) ?? [])];
    // "покушение" with no art. 24 beside it: the first offence of the phrase is the one attempted.
    if (stageWord && !isLinked && link === undefined && c === firstOffence) by.push({ as: stageWord });
    if (by.length > 0) value.qualifiedBy = by;
    return makeSuggestion<CitationSuggestion>(text, 'citation', c, value);
  });
}

const partOf = (ref: CitedRef): { part?: string } => (ref.part !== undefined ? { part: ref.part } : {});

function citedCode(
  named: { code: CitedCode['code']; jurisdiction?: string; text: string } | undefined,
  law: CitationLaw,
): CitedCode {
  if (named) {
    const assumed = law.assumedCode;
    const jurisdiction =
      named.jurisdiction ?? (assumed && assumed.code === named.code ? assumed.jurisdiction : undefined);
    return { code: named.code, ...(jurisdiction ? { jurisdiction } : {}), source: 'named', text: named.text };
  }
  if (law.assumedCode) return { ...law.assumedCode, source: 'assumed' };
  return { source: 'none' };
}

/** The stage or role the words just before a phrase give it, within its sentence. */
function stageBefore(text: string, start: number): Qualifier | undefined {
  const window = text.slice(Math.max(0, start - 80), start);
  const clause = window.split(/[;!?\n]|\.\s+(?=\p{Lu})/u).at(-1) ?? '';
  let best: { at: number; as: Qualifier } | undefined;
  for (const [re, as] of STAGE_WORDS) {
    const m = re.exec(clause);
    if (m && (best === undefined || m.index > best.at)) best = { at: m.index, as };
  }
  return best?.as;
}

/** The stage or role named just after a phrase, in its clause: «(ч. 3 ст. 24, ч. 2 ст. 293 УК РК) как покушение». */
function stageAfter(text: string, end: number): Qualifier | undefined {
  const clause = text.slice(end, end + 40).split(/[;!?\n(]|\.\s/u)[0] ?? '';
  return STAGE_WORDS.find(([re]) => re.test(clause))?.[1];
}

/** The article's title in the first language we have it in, or why it is not held: never dropped. */
function resolve(
  article: string,
  code: CitedCode,
  law: CitationLaw,
  languages: readonly string[],
): CitationResolution {
  const where = {
    ...(code.code ? { code: code.code } : {}),
    ...(code.jurisdiction ? { jurisdiction: code.jurisdiction } : {}),
  };
  if (code.code === undefined || code.jurisdiction === undefined)
    return { status: 'not_held', reason: 'no_code', ...where };
  const held = law.codes.find((c) => c.code === code.code && c.jurisdiction === code.jurisdiction);
  if (!held) return { status: 'not_held', reason: 'code_not_held', ...where };
  const wanted = [article, article.replace('.', '-')];
  const found = held.articles.find((a) => wanted.includes(a.article));
  if (!found) return { status: 'not_held', reason: 'article_not_in_code', ...where };
  const language =
    [...languages, ...Object.keys(found.titles)].find((l) => found.titles[l] !== undefined) ?? '';
  return {
    status: 'held',
    title: found.titles[language] ?? '',
    language,
    ...(found.isExcluded ? { isExcluded: true } : {}),
  };
}
