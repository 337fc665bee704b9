import type { IntlShape } from 'react-intl';
import { formatPartialDate } from '../../../lib/format.ts';
import type { PresentedCase } from '../api/get-case.ts';

/** An article as the reader's language writes it ("Art. 272(1)", "ст. 272 ч. 1"), from its number and part. */
export function articleText(intl: IntlShape, ref: { article: string; part?: string | undefined }): string {
  return ref.part !== undefined
    ? intl.formatMessage({ id: 'article.withPart' }, { article: ref.article, part: ref.part })
    : intl.formatMessage({ id: 'article.plain' }, { article: ref.article });
}

/**
 * How the case page names a record it refers to: a charge by its article, a measure by its kind, a hearing by its
 * kind and day, else its title.
 */
export function recordName(intl: IntlShape, id: string, file: PresentedCase): string {
  const charge = file.charges.find((c) => c.id === id);
  if (charge) return articleText(intl, charge.article);
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
