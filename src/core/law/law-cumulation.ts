import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import {
  AmountSchema,
  LocalArticleRefSchema,
  TermSchema,
  checkWindows,
  fileHeader,
  unitDimension,
  windowFields,
} from './law-primitives.ts';

/** The most a court may impose of one sentence type for several offences together: "arrest: 50 days". */
export const CumulationCapSchema = z.strictObject({ type: ShortTextSchema, max: AmountSchema });
export type CumulationCap = z.infer<typeof CumulationCapSchema>;

/**
 * One rule for several offences sentenced together (CC KZ Art. 58). It applies when the gravest offence among
 * them is at most `upToGravity` and, if `includes` is given, one of them is of that gravity with a maximum
 * prison term of at least that much. `absorption`: the final sentence is the gravest single one; `addition`:
 * the sentences may be added (partly or fully) up to the caps, per sentence type.
 */
export const CumulationRuleSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9_]+$/),
  upToGravity: ShortTextSchema,
  includes: z.strictObject({ gravity: ShortTextSchema, maxImprisonmentAtLeast: TermSchema }).optional(),
  method: z.enum(['absorption', 'addition']),
  caps: z.array(CumulationCapSchema).default([]),
  basis: LocalArticleRefSchema,
  /** The rule in words, as the facts state it. */
  text: TextSchema,
});
export type CumulationRule = z.infer<typeof CumulationRuleSchema>;

/** One version of the rules for several offences: the first rule whose conditions hold applies. */
export const CumulationVersionSchema = z.strictObject({
  ...windowFields,
  rules: z.array(CumulationRuleSchema).min(1),
  /** Where the law says that a life sentence for one offence makes the whole sentence life (it always does). */
  lifeBasis: LocalArticleRefSchema.optional(),
});
export type CumulationRules = z.infer<typeof CumulationVersionSchema>;

/** cumulation.json: how sentences for several offences combine, versioned. */
export const CumulationFileSchema = z
  .strictObject({ ...fileHeader, versions: z.array(CumulationVersionSchema).min(1) })
  .superRefine((file, ctx) => checkWindows(file.versions, ctx, ['versions']));
export type CumulationFile = z.infer<typeof CumulationFileSchema>;

/** What the cumulation checks need to know of the rest of the pack. */
interface PackKeys {
  codes: Set<string>;
  gravities: Set<string>;
  types: Map<string, { unit?: string | undefined }>;
  money: string;
}

/** Checks across files: the gravity categories, codes and sentence types the rules name, and the caps' units. */
export function checkCumulation(
  file: CumulationFile | undefined,
  keys: PackKeys,
  report: (path: PropertyKey[], message: string) => void,
): void {
  const unknown = (set: Iterable<string>, value: string, what: string, path: PropertyKey[]) =>
    report(path, `unknown ${what} "${value}"; known: ${[...set].join(', ') || '(none)'}`);
  file?.versions.forEach((v, vi) => {
    v.rules.forEach((r, ri) => {
      const at = ['cumulation', 'versions', vi, 'rules', ri];
      if (!keys.gravities.has(r.upToGravity))
        unknown(keys.gravities, r.upToGravity, 'gravity category', [...at, 'upToGravity']);
      if (r.includes && !keys.gravities.has(r.includes.gravity))
        unknown(keys.gravities, r.includes.gravity, 'gravity category', [...at, 'includes', 'gravity']);
      if (!keys.codes.has(r.basis.code)) unknown(keys.codes, r.basis.code, 'code', [...at, 'basis', 'code']);
      r.caps.forEach((c, ci) => {
        const type = keys.types.get(c.type);
        if (!type) return unknown(keys.types.keys(), c.type, 'sentence type', [...at, 'caps', ci, 'type']);
        const fits =
          type.unit !== undefined &&
          unitDimension(type.unit) === unitDimension(c.max.unit) &&
          (unitDimension(c.max.unit) !== 'money' || c.max.unit === keys.money);
        if (!fits)
          report(
            [...at, 'caps', ci, 'max', 'unit'],
            `a cap in "${c.max.unit}" does not fit ${c.type}, stated in ${type.unit ?? 'no unit'}`,
          );
      });
    });
  });
}
