import type { ApiSchemas } from '../../../lib/api.ts';

// The public events a source tells of beside the case (the protests a charge is about, the elections ahead), as the
// form of one source records them: each an event of the case, tied to the person prosecuted, citing its sentence.

type Rec = Record<string, unknown>;
type DraftEvent = ApiSchemas['CaseDraft']['events'][number];

export interface QuickEvent {
  id: string;
  kind: string;
  title: string;
  start: string;
  placeName: string;
  /** A country's two-letter code ('kz'). */
  country: string;
  /** The dead the source counts; NaN where it counts none. */
  deaths: number;
  deathsQualifier: 'exact' | 'at_least' | 'at_most' | 'about';
  /**
   * What the event was, in words: read from a text, the sentence counting its dead, which says where and who as the
   * count cannot ("most of them in Almaty").
   */
  description: string;
  /** The sentence the event was read from, which it cites. */
  quote?: string;
  /** The sentence counting its dead, where it is another. */
  deathsQuote?: string;
  /** How its date was had, where the text does not write it: the season of the text's latest news. */
  because?: string[];
}

export function emptyQuickEvent(id: string): QuickEvent {
  return {
    id,
    kind: 'protest',
    title: '',
    start: '',
    placeName: '',
    country: '',
    deaths: Number.NaN,
    deathsQualifier: 'exact',
    description: '',
  };
}

/** The events a draft of the text tells of, a row each. */
export function eventsFromDraft(drafted: readonly DraftEvent[], makeId: () => string): QuickEvent[] {
  return drafted.map((e) => ({
    ...emptyQuickEvent(makeId()),
    kind: e.kind,
    title: e.title,
    start: e.start.date,
    placeName: e.place?.name ?? '',
    country: e.place?.country ?? '',
    ...(e.deaths !== undefined
      ? {
          deaths: e.deaths.value,
          deathsQualifier: e.deaths.qualifier,
          description: e.deaths.quote.text,
          ...(e.deaths.quote.text !== e.quote.text ? { deathsQuote: e.deaths.quote.text } : {}),
        }
      : {}),
    // Told of in one sentence and its dead counted in another: both are marked in the text laid out, and cited.
    quote:
      e.deaths !== undefined && e.deaths.quote.text !== e.quote.text
        ? `${e.quote.text} … ${e.deaths.quote.text}`
        : e.quote.text,
    ...(e.start.isInferred ? { because: ['season_of_news'] } : {}),
  }));
}

/** Whether a row holds an event to record: a title and a start. */
export const isEventFilled = (row: QuickEvent): boolean => row.title.trim() !== '' && row.start.trim() !== '';

/** What the events are written with: the case and the person they are tied to, and their citations. */
export interface EventContext {
  case: string;
  person: string;
  visibility: string;
  /** A row's citations: the source, at the sentence quoted. */
  cite: (quote: string | undefined) => Rec[];
}

/** The events of the rows filled in: each tied to the case and the person, its dead citing their own sentence. */
export function eventsOfQuickCase(rows: readonly QuickEvent[], context: EventContext): Rec[] {
  return rows.filter(isEventFilled).map((row) => {
    const place = {
      ...(row.placeName.trim() !== '' ? { name: row.placeName.trim() } : {}),
      ...(row.country.trim() !== '' ? { country: row.country.trim().toLowerCase() } : {}),
    };
    return {
      id: row.id,
      kind: row.kind,
      title: row.title.trim(),
      start: row.start,
      ...(Object.keys(place).length > 0 ? { place } : {}),
      ...((row.description ?? '').trim() !== '' ? { description: row.description.trim() } : {}),
      ...(Number.isInteger(row.deaths) && row.deaths >= 0
        ? {
            casualties: {
              deaths: {
                value: row.deaths,
                qualifier: row.deathsQualifier,
                sources: context.cite(row.deathsQuote ?? row.quote),
              },
            },
          }
        : {}),
      cases: [context.case],
      persons: [context.person],
      visibility: context.visibility,
      sources: context.cite(row.quote),
    };
  });
}
