import { z } from 'zod';
import { ShortTextSchema, TextSchema } from '../common/schemas.ts';
import { DaySchema } from '../dates/index.ts';

/** A language code: "en", "ru", "kk", "be", "uk", or one with a region or script ("sr-Latn"). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Names of a thing in the languages a jurisdiction's law is read in: English always (the interface's language),
 * and any others by language code (Russian and Kazakh for Kazakhstan, Belarusian or Ukrainian elsewhere).
 */
export const TitlesSchema = z
  .object({ en: TextSchema })
  .catchall(TextSchema)
  .superRefine((titles, ctx) => {
    for (const key of Object.keys(titles))
      if (!LANGUAGE_CODE.test(key))
        ctx.addIssue({
          code: 'custom',
          message: `"${key}" is not a language code such as "ru", "kk", "be" or "uk"`,
          path: [key],
        });
  });
export type Titles = { en: string } & { [language: string]: string | undefined };

/** Where a legal fact comes from, so every number in the law pack can be checked. */
export const LawSourceSchema = z.strictObject({
  title: TextSchema,
  url: z.url().optional(),
  note: TextSchema.optional(),
});
export type LawSource = z.infer<typeof LawSourceSchema>;

/** How sure we are of a legal fact: 'uncertain' facts must say why in `note`. */
export const CertaintySchema = z.enum(['verified', 'uncertain']);
export type Certainty = z.infer<typeof CertaintySchema>;

/** Units of time in which laws state terms. */
export const TIME_UNITS = ['years', 'months', 'days'] as const;

/**
 * Units in which laws state terms and amounts: years, months, days, hours (of work), or the jurisdiction's
 * money unit, whatever it is called (`monetaryUnit.key` in jurisdiction.json: Kazakhstan's 'mci', the monthly
 * calculation index). That a money amount uses its own jurisdiction's unit is checked across the pack.
 */
export const UnitSchema = z
  .string()
  .regex(
    /^[a-z][a-z_]*$/,
    "expected a unit: years, months, days, hours, or the jurisdiction's money unit (monetaryUnit.key)",
  );
export type Unit = string;

/** An amount with its unit: "10 years", "200 hours", "80 MCI". */
export const AmountSchema = z.strictObject({ value: z.number().nonnegative(), unit: UnitSchema });
export type Amount = z.infer<typeof AmountSchema>;

/** A term of time (no hours or money): custody terms, limitation periods. */
export const TermSchema = z.strictObject({
  value: z.number().nonnegative(),
  unit: z.enum(['years', 'months', 'days']),
});
export type Term = z.infer<typeof TermSchema>;

/** A reference inside one jurisdiction's pack: code id, article and optional part. */
export const LocalArticleRefSchema = z.strictObject({
  code: ShortTextSchema,
  article: ShortTextSchema,
  part: ShortTextSchema.optional(),
  paragraph: ShortTextSchema.optional(),
});
export type LocalArticleRef = z.infer<typeof LocalArticleRefSchema>;

/** The fields every law file starts with; `schemaVersion` lets the file format change without guessing. */
export const fileHeader = {
  jurisdiction: z.string().regex(/^[a-z]{2,3}$/, 'expected a lower-case jurisdiction code such as "kz"'),
  schemaVersion: z.literal(1),
  sources: z.array(LawSourceSchema),
};

/** The window in which a version of a rule is in force; `effectiveTo` is the last day it applied (inclusive). */
export const windowFields = {
  effectiveFrom: DaySchema,
  effectiveTo: DaySchema.optional(),
  certainty: CertaintySchema,
  note: TextSchema.optional(),
};

/** Something in force from one day to another (inclusive), as the windows of versioned law data are. */
export interface Window {
  effectiveFrom: string;
  effectiveTo?: string | undefined;
}

/** True when the window covers the day. */
export function isInForce(w: Window, day: string): boolean {
  return w.effectiveFrom <= day && (w.effectiveTo === undefined || day <= w.effectiveTo);
}

interface Reporter {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void;
}

/** Adds issues for a note-less uncertain fact and for windows that end before they start or overlap. */
export function checkWindows(
  windows: readonly (Window & { certainty?: Certainty; note?: string | undefined })[],
  ctx: Reporter,
  at: PropertyKey[] = [],
): void {
  windows.forEach((w, i) => {
    if (w.certainty === 'uncertain' && w.note === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'an uncertain fact needs a note saying why',
        path: [...at, i, 'note'],
      });
    }
    if (w.effectiveTo !== undefined && w.effectiveTo < w.effectiveFrom) {
      ctx.addIssue({
        code: 'custom',
        message: `effectiveTo ${w.effectiveTo} is before effectiveFrom ${w.effectiveFrom}`,
        path: [...at, i, 'effectiveTo'],
      });
    }
    windows.slice(0, i).forEach((earlier, j) => {
      if (overlaps(earlier, w)) {
        ctx.addIssue({
          code: 'custom',
          message: `version overlaps version ${j} (${describe(earlier)}): versions must not be in force on the same day`,
          path: [...at, i, 'effectiveFrom'],
        });
      }
    });
  });
}

function overlaps(a: Window, b: Window): boolean {
  return (
    (a.effectiveTo === undefined || b.effectiveFrom <= a.effectiveTo) &&
    (b.effectiveTo === undefined || a.effectiveFrom <= b.effectiveTo)
  );
}

function describe(w: Window): string {
  return `${w.effectiveFrom}..${w.effectiveTo ?? 'open'}`;
}

/** Adds an issue for every key that appears twice in a keyed list. */
export function checkUniqueKeys(
  items: readonly { key: string }[],
  ctx: Reporter,
  at: PropertyKey[] = [],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key))
      ctx.addIssue({ code: 'custom', message: `duplicate key "${item.key}"`, path: [...at, i, 'key'] });
    seen.add(item.key);
  });
}

const APPROX_DAYS: Readonly<Record<string, number>> = {
  years: 365.25,
  months: 30.4375,
  days: 1,
  hours: 1 / 24,
};

/** The dimension of a unit: amounts are comparable only within one. Any unit not of time or work is money. */
export function unitDimension(unit: Unit): 'time' | 'work' | 'money' {
  if ((TIME_UNITS as readonly string[]).includes(unit)) return 'time';
  return unit === 'hours' ? 'work' : 'money';
}

/** Orders two amounts of one dimension (approximate across years/months/days, exact within one unit). */
export function compareAmounts(a: Amount, b: Amount): number {
  if (a.unit === b.unit) return a.value - b.value;
  return a.value * (APPROX_DAYS[a.unit] ?? 1) - b.value * (APPROX_DAYS[b.unit] ?? 1);
}
