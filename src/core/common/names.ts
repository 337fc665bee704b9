import { z } from 'zod';
import { LineSchema, SourcesSchema, ShortTextSchema, TextSchema } from './schemas.ts';
import { SCHEMA_MESSAGES } from './schema-messages.ts';

/** ISO 15924 script of a written form: a name keeps its script so search can fold it later. */
export const ScriptSchema = z.enum(['Latn', 'Cyrl', 'Arab', 'Zyyy']);

/** What a written form of a name is. */
export const NameKindSchema = z.enum([
  'native',
  'official_latin',
  'transliteration',
  'translation',
  'alias',
  'former',
  'abbreviation',
]);

/**
 * The romanisation schemes the name folding reads (data/names/folding.json, docs/SEARCH.md): what a Latin form's
 * `scheme` usually names. A name may name another scheme in its own words.
 */
export const ROMANISATION_SCHEMES = [
  'kazakh-latin-2017',
  'kazakh-latin-2018',
  'kazakh-latin-2021',
  'bgn-pcgn-kazakh',
  'iso-9',
  'icao',
  'kazakh-passport',
  'english-bgn-pcgn',
  'german-duden',
] as const;

/** A person's name split into parts, as the source wrote them; search and sorting work on parts. */
export const NamePartsSchema = z
  .object({
    family: LineSchema.optional(),
    given: LineSchema.optional(),
    patronymic: LineSchema.optional(),
  })
  .strict();

/** One written form of a name, exactly as a source gave it, with its script, language and kind. */
export const NameSchema = z
  .object({
    value: LineSchema,
    parts: NamePartsSchema.optional(),
    script: ScriptSchema,
    language: z
      .string()
      .max(35)
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: SCHEMA_MESSAGES.languageTag }),
    kind: NameKindSchema,
    scheme: ShortTextSchema.optional(),
    isPreferred: z.boolean().optional(),
    note: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type Name = z.infer<typeof NameSchema>;

/** The display name: the preferred form, else the first. */
export function displayName(names: readonly Name[], language?: string): string {
  const preferred = names.find((n) => n.isPreferred && (language === undefined || n.language === language));
  return (
    (preferred ?? names.find((n) => n.language === language) ?? names.find((n) => n.isPreferred) ?? names[0])
      ?.value ?? '(unnamed)'
  );
}
