import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { TitlesSchema, checkWindows, fileHeader, windowFields } from './law-primitives.ts';

/**
 * Which side of the offence an element belongs to: the conduct (the act or the words), the circumstances it
 * must have happened in, the consequences it must have caused, the mental element, or who can commit it.
 */
export const ElementKindSchema = z.enum(['conduct', 'circumstance', 'consequence', 'intent', 'subject']);
export type ElementKind = z.infer<typeof ElementKindSchema>;

/** One element the prosecution must prove, with a stable key that allegations name. */
export const OffenceElementSchema = z.strictObject({
  key: ShortTextSchema.regex(/^[a-z][a-z0-9_]*$/, 'a key in lower_snake_case'),
  kind: ElementKindSchema,
  titles: TitlesSchema,
  /** Alternatives of one element ("violence, pogroms, arson…"): any one of them establishes it. */
  alternatives: z.array(TitlesSchema).optional(),
  note: TextSchema.optional(),
});
export type OffenceElement = z.infer<typeof OffenceElementSchema>;

/** The elements of one article, or of one part of it (a part adds to the article's elements its own). */
export const ArticleElementsSchema = z.strictObject({
  code: ShortTextSchema,
  article: ShortTextSchema,
  part: ShortTextSchema.optional(),
  /** For a part: the part whose elements it takes over before adding its own ("the same acts, online"). */
  includesPart: ShortTextSchema.optional(),
  elements: z.array(OffenceElementSchema).min(1),
});
export type ArticleElements = z.infer<typeof ArticleElementsSchema>;

/** One version of the elements of the jurisdiction's offences, in force over its window. */
export const ElementsVersionSchema = z
  .strictObject({ ...windowFields, articles: z.array(ArticleElementsSchema).min(1) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.articles.forEach((a, i) => {
      const id = `${a.code} ${a.article}${a.part === undefined ? '' : `(${a.part})`}`;
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', message: `${id} is listed twice`, path: ['articles', i] });
      seen.add(id);
      const keys = new Set<string>();
      a.elements.forEach((e, j) => {
        if (keys.has(e.key))
          ctx.addIssue({
            code: 'custom',
            message: `duplicate element key "${e.key}"`,
            path: ['articles', i, 'elements', j, 'key'],
          });
        keys.add(e.key);
      });
    });
    v.articles.forEach((a, i) => {
      if (a.includesPart === undefined) return;
      const base = v.articles.some(
        (b) => b.code === a.code && b.article === a.article && b.part === a.includesPart,
      );
      if (!base)
        ctx.addIssue({
          code: 'custom',
          message: `part ${a.includesPart} of article ${a.article} has no elements listed to include`,
          path: ['articles', i, 'includesPart'],
        });
    });
  });
export type ElementsVersion = z.infer<typeof ElementsVersionSchema>;

/** elements.json: the elements of offences, versioned by date of effect (optional file). */
export const ElementsFileSchema = z
  .strictObject({ ...fileHeader, versions: z.array(ElementsVersionSchema).min(1) })
  .superRefine((file, ctx) => checkWindows(file.versions, ctx, ['versions']));
export type ElementsFile = z.infer<typeof ElementsFileSchema>;

/**
 * The elements of an article's part as the version in force lists them: the part's own, after those of the
 * part it includes (recursively, once each); the article's own entry when the part has none. A charge whose part
 * is not known gets the elements every listed part shares: those must be proved whichever part applies.
 * Undefined when the data holds no elements for the article (or its parts share none).
 */
export function elementsIn(
  version: ElementsVersion,
  code: string,
  article: string,
  part: string | undefined,
): OffenceElement[] | undefined {
  const find = (p: string | undefined) =>
    version.articles.find((a) => a.code === code && a.article === article && a.part === p);
  const entry = find(part) ?? find(undefined);
  if (entry === undefined) return part === undefined ? sharedByParts(version, code, article) : undefined;
  const out: OffenceElement[] = [];
  const seen = new Set<string>();
  const visit = (e: ArticleElements, depth: number) => {
    const base = e.includesPart === undefined || depth > 10 ? undefined : find(e.includesPart);
    if (base !== undefined) visit(base, depth + 1);
    for (const el of e.elements) {
      if (seen.has(el.key)) continue;
      seen.add(el.key);
      out.push(el);
    }
  };
  visit(entry, 0);
  return out;
}

/** The elements every listed part of an article has (by key), in the first part's order; undefined if none. */
function sharedByParts(
  version: ElementsVersion,
  code: string,
  article: string,
): OffenceElement[] | undefined {
  const parts = version.articles.filter(
    (a) => a.code === code && a.article === article && a.part !== undefined,
  );
  const lists = parts.map((p) => elementsIn(version, code, article, p.part) ?? []);
  const [first, ...rest] = lists;
  const shared = first?.filter((e) => rest.every((l) => l.some((o) => o.key === e.key)));
  return shared !== undefined && shared.length > 0 ? shared : undefined;
}
