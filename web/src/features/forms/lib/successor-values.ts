/** How a charge follows another, as the case page offers it: reclassified from it, or brought again after it. */
export type SuccessionKind = 'reclassification' | 'rebrought';

export function isSuccessionKind(value: string | null): value is SuccessionKind {
  return value === 'reclassification' || value === 'rebrought';
}

/** The charge a new one succeeds, as it is read (only its fields are used). */
export type Predecessor = { id: string } & Record<string, unknown>;

type ArticleRef = { jurisdiction?: string; code?: string; article?: string; part?: string };

/**
 * A new charge's form values following `before`: the same case, defendant, conduct, act and visibility, and its
 * origin. Brought again, it is under the same article; reclassified, under the same code, the article to be
 * written. The step that brings it is left undated: the user gives the day it was reclassified or brought again.
 */
export function successorValues(
  base: Record<string, unknown>,
  before: Predecessor,
  as: SuccessionKind,
): Record<string, unknown> {
  const article = (before.article ?? {}) as ArticleRef;
  const copied = fieldsOf(before, ['case', 'defendant', 'conduct', 'actDate', 'stage', 'role', 'visibility']);
  return {
    ...base,
    ...copied,
    article:
      as === 'rebrought'
        ? { jurisdiction: '', code: '', article: '', part: '', ...article }
        : { jurisdiction: article.jurisdiction ?? '', code: article.code ?? '', article: '', part: '' },
    ...(as === 'rebrought' && before.label !== undefined ? { label: before.label } : {}),
    origin: { kind: as, from: [before.id] },
  };
}

/** Origins whose charge is written with the step handing the earlier charge over (POST /api/charges/successions). */
const HANDOVER_ORIGINS = new Set(['reclassification', 'merger', 'split']);

/** Whether a new charge succeeds others by a handover, so that saving it records the handover on them too. */
export function handsOver(record: Record<string, unknown>): boolean {
  const origin = record.origin;
  const origins = Array.isArray(origin) ? origin : origin === undefined ? [] : [origin];
  return origins.some(
    (o) =>
      typeof o === 'object' && o !== null && HANDOVER_ORIGINS.has(String((o as { kind?: unknown }).kind)),
  );
}

/**
 * A new measure's form values replacing `before`: the same case, person and visibility, and a kind other than its
 * own to start with (custody is most often changed to house arrest). The day it was ordered is the user's to give.
 */
export function replacementValues(
  base: Record<string, unknown>,
  before: Predecessor,
): Record<string, unknown> {
  const copied = fieldsOf(before, ['case', 'person', 'visibility']);
  return { ...base, ...copied, kind: before.kind === 'house_arrest' ? 'custody' : 'house_arrest' };
}

/** The fields of a record a new one starts from, those it has. */
export function fieldsOf(before: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => before[key] !== undefined).map((key) => [key, before[key]]));
}
