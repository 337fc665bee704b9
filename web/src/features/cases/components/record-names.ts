import type { IntlShape } from 'react-intl';
import { formatPartialDate } from '../../../lib/format.ts';
import type { PresentedCase } from '../api/get-case.ts';
import { sinceOfAlike } from './timeline-rows.ts';

/** An article as the reader's language writes it ("Art. 272(1)", "ст. 272 ч. 1"), from its number and part. */
export function articleText(intl: IntlShape, ref: { article: string; part?: string | undefined }): string {
  return ref.part !== undefined
    ? intl.formatMessage({ id: 'article.withPart' }, { article: ref.article, part: ref.part })
    : intl.formatMessage({ id: 'article.plain' }, { article: ref.article });
}

type Charges = PresentedCase['charges'];

const NAMES = new WeakMap<Charges, { locale: string; names: Map<string, string> }>();

/**
 * The case's charges by name, as the timeline names them: by article, and those under one article told apart by when
 * they began ("Art. 272(1) · 2022", "Art. 272(1) · 2023"). Worked out once for a case's charges and a language.
 */
export function chargeNames(intl: IntlShape, charges: Charges): ReadonlyMap<string, string> {
  const kept = NAMES.get(charges);
  if (kept !== undefined && kept.locale === intl.locale) return kept.names;
  const labels = charges.map((c) => ({
    id: c.id,
    label: articleText(intl, c.article),
    start: (c.lifecycle.find((s) => s.kind === 'brought') ?? c.lifecycle[0])?.date,
  }));
  const since = sinceOfAlike(labels);
  const names = new Map(
    labels.map(({ id, label }) => {
      const told = since.get(id);
      return [id, told === undefined ? label : `${label} · ${formatPartialDate(intl, told)}`] as const;
    }),
  );
  NAMES.set(charges, { locale: intl.locale, names });
  return names;
}

/**
 * How the case page names a record it refers to: a charge by its article (and when it began, where another is under
 * the same article), a measure by its kind, a hearing by its kind and day, else its title.
 */
export function recordName(intl: IntlShape, id: string, file: PresentedCase): string {
  const charge = chargeNames(intl, file.charges).get(id);
  if (charge !== undefined) return charge;
  const measure = file.measures.find((m) => m.id === id);
  if (measure)
    return intl.formatMessage({ id: `measureKind.${measure.kind}`, defaultMessage: measure.kindTitle });
  const event = file.events.find((e) => e.id === id);
  if (event) return event.title;
  const hearing = file.hearings.find((h) => h.id === id);
  if (hearing)
    return `${intl.formatMessage({ id: `hearingKind.${hearing.kind}` })}, ${formatPartialDate(intl, hearing.date)}`;
  return id;
}

/**
 * A charge's bringing as its origin tells it: one that took another's place was brought by reclassification, one
 * brought again was brought again; undefined for a charge brought on its own.
 */
export function firstStepOf(c: {
  origin?: { kind: string } | readonly { kind: string }[] | undefined;
  lifecycle: readonly { kind: string }[];
}): string | undefined {
  if (c.lifecycle[0]?.kind !== 'brought' || c.origin === undefined) return undefined;
  const kinds = (Array.isArray(c.origin) ? c.origin : [c.origin]).map((o: { kind: string }) => o.kind);
  if (kinds.includes('reclassification')) return 'step.broughtByReclassification';
  return kinds.includes('rebrought') ? 'step.broughtAgain' : undefined;
}

export type PresentedCount = { value: number; qualifier?: string } | undefined;

/** A count of an event's dead, injured or detained as the case page says it ("Dead: at least 238"). */
export function countText(intl: IntlShape, label: string, c: PresentedCount): string | undefined {
  return c === undefined
    ? undefined
    : `${intl.formatMessage({ id: label })}: ${
        c.qualifier !== undefined && c.qualifier !== 'exact'
          ? `${intl.formatMessage({ id: `forms.qualifier.${c.qualifier}` })} `
          : ''
      }${intl.formatNumber(c.value)}`;
}
