import { z } from 'zod';
import { PartialDateSchema } from '../../core/dates/partial-date.ts';
import { SentenceComponentSchema } from '../../core/decision/decision.ts';

/** A place in a text: [start, end) in UTF-16 code units, as String.prototype.slice takes them. */
export const TextRangeSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextRange = z.infer<typeof TextRangeSchema>;

/** The codes a citation may name; `cc` criminal, `aoc` administrative offences, `cpc` criminal procedure. */
export const CodeKindSchema = z.enum(['cc', 'aoc', 'cpc']);
export type CodeKind = z.infer<typeof CodeKindSchema>;

/** The code a citation is of, and how we know: named in the phrase, assumed from the context, or neither. */
export const CitedCodeSchema = z.strictObject({
  code: CodeKindSchema.optional(),
  /** 'kz', 'ru'…; absent when the phrase names a code but no country and none is assumed. */
  jurisdiction: z.string().optional(),
  source: z.enum(['named', 'assumed', 'none']),
  /** The words that named it ("УК РК", "Уголовного кодекса Республики Казахстан"). */
  text: z.string().optional(),
});
export type CitedCode = z.infer<typeof CitedCodeSchema>;

/** What the law data passed in says of the cited article: its title, or why we cannot say. */
export const CitationResolutionSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('held'),
    title: z.string(),
    language: z.string(),
    isExcluded: z.boolean().optional(),
  }),
  z.strictObject({
    status: z.literal('not_held'),
    reason: z.enum(['no_code', 'code_not_held', 'article_not_in_code']),
    code: CodeKindSchema.optional(),
    jurisdiction: z.string().optional(),
  }),
]);
export type CitationResolution = z.infer<typeof CitationResolutionSchema>;

/** A stage or role that an article of the general part (24, 28 in Kazakhstan) adds to another article. */
export const QualifierSchema = z.enum(['preparation', 'attempt', 'unfinished', 'complicity']);
export type Qualifier = z.infer<typeof QualifierSchema>;

/** One article cited, with its part and point, the code, and the articles that qualify or are qualified by it. */
export const CitationValueSchema = z.strictObject({
  article: z.string(),
  part: z.string().optional(),
  point: z.string().optional(),
  code: CitedCodeSchema,
  resolution: CitationResolutionSchema,
  /** On an article of the general part: what it adds, and to which article of the same phrase. */
  qualifies: z
    .strictObject({ article: z.string(), part: z.string().optional(), as: QualifierSchema })
    .optional(),
  /** On the article of the offence: the general-part articles and words (покушение, attempted) that qualify it. */
  qualifiedBy: z
    .array(
      z.strictObject({ article: z.string().optional(), part: z.string().optional(), as: QualifierSchema }),
    )
    .optional(),
});
export type CitationValue = z.infer<typeof CitationValueSchema>;

/** A date written in a text, kept as precise as written: a day, a month or a year, or a span of days. */
export const DateValueSchema = z.strictObject({
  date: PartialDateSchema,
  /** The last day of a span ("с 5 по 7 января 2022 года"); `date` is then its first. */
  until: PartialDateSchema.optional(),
});
export type DateValue = z.infer<typeof DateValueSchema>;

/** A sentence written in words: its parts, as the core's decision records them. */
export const SentenceValueSchema = z.strictObject({ components: z.array(SentenceComponentSchema) });
export type SentenceValue = z.infer<typeof SentenceValueSchema>;

/** A mention of a person the caller knows, by id, and the name of theirs it matched. */
export const PersonValueSchema = z.strictObject({ personId: z.string(), name: z.string() });
export type PersonValue = z.infer<typeof PersonValueSchema>;

/** The platforms whose links and handles we name. */
export const PlatformSchema = z.enum([
  'facebook',
  'instagram',
  'telegram',
  'youtube',
  'tiktok',
  'x',
  'vk',
  'whatsapp',
]);
export type Platform = z.infer<typeof PlatformSchema>;

/** A link or a handle: the address, the platform when we know it, the account and post it names. */
export const LinkValueSchema = z.strictObject({
  url: z.string().optional(),
  platform: PlatformSchema.optional(),
  handle: z.string().optional(),
  postId: z.string().optional(),
});
export type LinkValue = z.infer<typeof LinkValueSchema>;

const base = <T extends string, V extends z.ZodType>(type: T, value: V) =>
  z.strictObject({
    type: z.literal(type),
    ...TextRangeSchema.shape,
    /** The text the suggestion came from, exactly as written: text.slice(start, end). */
    quote: z.string(),
    value,
    /** Type + range + value: the same suggestion from the same text always has the same key. */
    key: z.string(),
  });

/** One thing found in a text, for a researcher to accept or reject; the schema is the wire shape too. */
export const SuggestionSchema = z.discriminatedUnion('type', [
  base('citation', CitationValueSchema),
  base('date', DateValueSchema),
  base('sentence', SentenceValueSchema),
  base('person', PersonValueSchema),
  base('link', LinkValueSchema),
]);
export type Suggestion = z.infer<typeof SuggestionSchema>;

export type SuggestionType = Suggestion['type'];

/** A stable key: the type, the range and the value written with sorted keys, so equal values give equal keys. */
export function suggestionKey(type: SuggestionType, range: TextRange, value: unknown): string {
  return `${type}:${range.start}-${range.end}:${stableJson(value)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Builds a suggestion of one type from its range in the text and its value. */
export function makeSuggestion<S extends Suggestion>(
  text: string,
  type: S['type'],
  range: TextRange,
  value: S['value'],
): S {
  return {
    type,
    start: range.start,
    end: range.end,
    quote: text.slice(range.start, range.end),
    value,
    key: suggestionKey(type, range, value),
  } as S;
}
