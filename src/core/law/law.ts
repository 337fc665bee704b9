import { z } from 'zod';
import { ShortTextSchema } from '../common/schemas.ts';
import { ArticlesFileSchema } from './law-articles.ts';
import { AmnestyFileSchema, CreditFileSchema } from './law-credit.ts';
import { CodeIndexFileSchema } from './law-index.ts';
import { CumulationFileSchema } from './law-cumulation.ts';
import { ElementsFileSchema } from './law-elements.ts';
import { GravityFileSchema, JurisdictionFileSchema } from './law-jurisdiction.ts';
import { checkLawPack } from './law-pack-checks.ts';
import { ParticipationFileSchema } from './law-participation.ts';
import { CustodyLimitsFileSchema, MeasuresFileSchema } from './law-procedure.ts';
import { LawInTimeFileSchema } from './law-time.ts';

export * from './law-articles.ts';
export * from './law-credit.ts';
export * from './law-index.ts';
export * from './law-cumulation.ts';
export * from './law-elements.ts';
export * from './law-jurisdiction.ts';
export * from './law-participation.ts';
export * from './law-primitives.ts';
export * from './law-procedure.ts';
export * from './law-time.ts';

/** A citation of the law a charge is brought under; strings, because articles can be like '405-1'. */
export const ArticleRefSchema = z.strictObject({
  jurisdiction: ShortTextSchema,
  code: ShortTextSchema,
  article: ShortTextSchema,
  part: ShortTextSchema.optional(),
  paragraph: ShortTextSchema.optional(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

/** The file each part of a pack is read from, inside the jurisdiction's folder. */
export const LAW_FILES = {
  jurisdiction: 'jurisdiction.json',
  gravity: 'gravity.json',
  criminalCode: 'criminal-code.json',
  administrativeCode: 'administrative-code.json',
  measures: 'measures.json',
  custodyLimits: 'custody-limits.json',
  credit: 'credit.json',
  amnesty: 'amnesty.json',
  lawInTime: 'law-in-time.json',
  codeIndex: 'code-index.json',
  participation: 'participation.json',
  cumulation: 'cumulation.json',
  elements: 'elements.json',
} as const;
export type LawFileKey = keyof typeof LAW_FILES;

/** Files a jurisdiction cannot do without; the others are optional and their lookups return undefined. */
export const REQUIRED_LAW_FILES: readonly LawFileKey[] = ['jurisdiction', 'gravity', 'criminalCode'];

const LawPackObjectSchema = z.strictObject({
  jurisdiction: JurisdictionFileSchema,
  gravity: GravityFileSchema,
  criminalCode: ArticlesFileSchema,
  /** The code of administrative offences, for articles an administrative arrest is imposed under. */
  administrativeCode: ArticlesFileSchema.optional(),
  measures: MeasuresFileSchema.optional(),
  custodyLimits: CustodyLimitsFileSchema.optional(),
  credit: CreditFileSchema.optional(),
  amnesty: AmnestyFileSchema.optional(),
  lawInTime: LawInTimeFileSchema.optional(),
  codeIndex: CodeIndexFileSchema.optional(),
  participation: ParticipationFileSchema.optional(),
  cumulation: CumulationFileSchema.optional(),
  /** The elements of offences, which allegations are set against in the indictment matrix. */
  elements: ElementsFileSchema.optional(),
});

/** All the legal knowledge of one jurisdiction, validated file by file and across files. */
export const LawPackSchema = LawPackObjectSchema.superRefine(checkLawPack);
export type LawPack = z.infer<typeof LawPackSchema>;

/** The pack schema for a folder: also requires jurisdiction.json to name the folder's jurisdiction. */
export function lawPackSchemaFor(folderCode: string) {
  return LawPackSchema.superRefine((pack, ctx) => {
    if (pack.jurisdiction.jurisdiction !== folderCode) {
      ctx.addIssue({
        code: 'custom',
        message: `jurisdiction "${pack.jurisdiction.jurisdiction}" does not match its folder "${folderCode}"`,
        path: ['jurisdiction', 'jurisdiction'],
      });
    }
  });
}
