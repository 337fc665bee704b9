import { displayName, type Name } from '../../../../../src/core/common/names.ts';
import { TERMINAL_STEPS } from '../../../../../src/core/charge/charge.ts';
import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import type { IntlShape } from 'react-intl';
import { languageOf } from '../../../lib/locale.ts';

/** The kinds a form can refer to, and so pick from a list. */
export type PickKind = 'person' | 'organisation' | 'source' | 'case' | 'event' | 'charge' | 'decision';

/** A record as a picker offers it: its id, and the name or title a reader knows it by. */
export interface PickOption {
  id: string;
  label: string;
  /** What tells it apart from another of the same name: its other written forms. */
  detail?: string;
}

/** A person's or organisation's other written forms than the one it is named by, the first three, for a picker. */
export function detailOf(kind: PickKind, record: Record<string, unknown>, label: string): string | undefined {
  if (kind !== 'person' && kind !== 'organisation') return undefined;
  const names = (record.names as Name[] | undefined) ?? [];
  const others = [...new Set(names.map((n) => n.value))].filter((v) => v !== label).slice(0, 3);
  return others.length > 0 ? others.join(' · ') : undefined;
}

type Say = (id: string, values?: Record<string, string>) => string;

/** How a record is named in the interface's language: `labelOf` in the reader's language and words. */
export function labelIn(intl: IntlShape, kind: PickKind, record: Record<string, unknown>): string {
  return labelOf(kind, record, languageOf(intl.locale), (key, values) =>
    intl.formatMessage({ id: key }, values),
  );
}

/**
 * How a picker names a record: a person or organisation by its name in the reader's language, a source, case or
 * event by its title, a charge by its article, a decision by its kind and date; the id when it has none of these.
 */
export function labelOf(kind: PickKind, record: Record<string, unknown>, language: string, say: Say): string {
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
  const id = text('id') ?? '';
  switch (kind) {
    case 'person':
    case 'organisation': {
      const names = record.names as Name[] | undefined;
      return names !== undefined && names.length > 0 ? displayName(names, language) : id;
    }
    case 'charge': {
      const article = record.article as { article?: string; part?: string } | undefined;
      if (article?.article === undefined) return id;
      return article.part !== undefined
        ? say('article.withPart', { article: article.article, part: article.part })
        : say('article.plain', { article: article.article });
    }
    case 'decision': {
      const kindName = text('kind');
      if (kindName === undefined) return id;
      return `${say(`decisionKind.${kindName}`)} ${text('date') ?? ''}`.trim();
    }
    default:
      return text('title') ?? id;
  }
}

/**
 * What tells a charge apart from another under the same article in a picker: the offence as the source words it
 * and its steps ("organizing mass riots · brought 2022, reclassified November 2022").
 */
export function chargeDetail(record: Record<string, unknown>, w: EditWording): string | undefined {
  const words = typeof record['label'] === 'string' ? record['label'].trim() : '';
  const parts = [words, stepsText(record['lifecycle'], 'step', w).join(', ')].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * Charges in the order a picker offers them: those still live first (none of their steps ended them), the latest
 * brought first among each, so that of two under one article the one brought again comes before the one it
 * replaced.
 */
export function byLiveLatest<T extends { record: Record<string, unknown> }>(charges: readonly T[]): T[] {
  const steps = (c: T) => (Array.isArray(c.record['lifecycle']) ? (c.record['lifecycle'] as Step[]) : []);
  const isEnded = (c: T) => steps(c).some((s) => typeof s.kind === 'string' && ENDING.has(s.kind));
  const first = (c: T) => {
    const date = steps(c)[0]?.date;
    return typeof date === 'string' && isPartialDate(date) ? dayBounds(date).earliest : '';
  };
  return [...charges].sort(
    (a, b) => Number(isEnded(a)) - Number(isEnded(b)) || first(b).localeCompare(first(a)),
  );
}

const ENDING: ReadonlySet<string> = TERMINAL_STEPS;

/** The kinds of a case's own records its page lists for editing. */
export type EditKind =
  'charge' | 'measure' | 'hearing' | 'decision' | 'allegation' | 'evidence' | 'event' | 'source';

/** A record's edit link as the case page lists it: what it reads, and whether another link reads the same. */
export interface EditLabel {
  id: string;
  label: string;
  isAlike: boolean;
}

/** The words an edit link is made of: messages, dates as the reader writes them, and persons' names. */
export interface EditWording {
  say: Say;
  date: (value: string) => string;
  personName: (id: string) => string | undefined;
}

// A summary or a title longer than this is cut at a word, so that a list of links stays a list.
const SHORT_TEXT = 80;

/** The text cut to SHORT_TEXT characters at a word's end, with an ellipsis when cut. */
export function shortened(text: string, max = SHORT_TEXT): string {
  const line = text.trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

interface Step {
  kind?: unknown;
  date?: unknown;
}

/** The first step of a life and, when it went on, its latest: "brought 2022, reclassified November 2022". */
function stepsText(steps: unknown, messages: string, w: EditWording): string[] {
  if (!Array.isArray(steps)) return [];
  const said = (steps as Step[])
    .filter((s) => typeof s.kind === 'string' && typeof s.date === 'string')
    .map((s) => `${w.say(`${messages}.${String(s.kind)}`)} ${w.date(String(s.date))}`);
  const first = said[0];
  const last = said.at(-1);
  if (first === undefined || last === undefined) return [];
  return said.length > 1 ? [first, last] : [first];
}

/** A charge's article as the reader's language writes it, with the parts sources disagree on ("2 or 3"). */
function articleText(record: Record<string, unknown>, say: Say): string | undefined {
  const ref = record.article as { article?: unknown; part?: unknown } | undefined;
  if (typeof ref?.article !== 'string') return undefined;
  const doubted = Array.isArray(record.partsInDoubt)
    ? (record.partsInDoubt as { part?: unknown }[]).map((p) => p.part).filter((p) => typeof p === 'string')
    : [];
  const part = typeof ref.part === 'string' ? ref.part : doubted.join(say('common.or'));
  return part !== ''
    ? say('article.withPart', { article: ref.article, part })
    : say('article.plain', { article: ref.article });
}

/** The field naming the person a record of a kind is about, for the kinds that have one. */
const PERSON_FIELD: Partial<Record<EditKind, string>> = {
  charge: 'defendant',
  measure: 'person',
  decision: 'defendant',
};

/** The parts of one record's label, in the order they are read; empty when nothing readable is known. */
function labelParts(
  kind: EditKind,
  record: Record<string, unknown>,
  w: EditWording,
  isPersonNamed: boolean,
): (string | undefined)[] {
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
  const field = PERSON_FIELD[kind];
  const personId = field !== undefined ? text(field) : undefined;
  const person = isPersonNamed && personId !== undefined ? w.personName(personId) : undefined;
  const date = (key: string) => {
    const value = text(key);
    return value !== undefined ? w.date(value) : undefined;
  };
  const kindName = (messages: string) =>
    text('kind') !== undefined ? w.say(`${messages}.${text('kind')}`) : undefined;
  switch (kind) {
    case 'charge':
      return [articleText(record, w.say), person, ...stepsText(record.lifecycle, 'step', w)];
    case 'measure':
      return [kindName('measureKind'), person, ...stepsText(record.steps, 'measureStep', w)];
    case 'hearing':
      return [date('date'), kindName('hearingKind')];
    case 'decision':
      return [kindName('decisionKind'), date('date'), person];
    case 'allegation':
      return [shortened(text('summary') ?? '')];
    default:
      return [shortened(text('title') ?? '')];
  }
}

/**
 * What each edit link of a case's records of one kind reads: a charge by its article and its steps, a measure by
 * its kind and steps, a hearing by its date and kind, a decision by its kind and date, an allegation by its summary,
 * anything else by its title; with the person it concerns when the records concern more than one; the id when
 * nothing else is known. Links that still read the same are marked, so that their ids can tell them apart.
 */
export function editLabels(
  kind: EditKind,
  records: readonly { id: string; record: Record<string, unknown> }[],
  w: EditWording,
): EditLabel[] {
  const field = PERSON_FIELD[kind];
  const persons = new Set(records.map((r) => (field !== undefined ? r.record[field] : undefined)));
  const labels = records.map(({ id, record }) => {
    const parts = labelParts(kind, record, w, persons.size > 1).filter((p) => p !== undefined && p !== '');
    return { id, label: parts.length > 0 ? parts.join(', ') : id };
  });
  const counts = new Map<string, number>();
  for (const { label } of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return labels.map((l) => ({ ...l, isAlike: (counts.get(l.label) ?? 0) > 1 }));
}

/** Lower case without accents or the Kazakh letters' marks, so "mamai" finds "Mamaı" and "Мамай" finds "МАМАЙ". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

/** The options whose label or id contains every word typed, in the order given; all of them when nothing is. */
export function filterOptions(options: readonly PickOption[], typed: string): PickOption[] {
  const words = folded(typed)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const hay = folded(`${o.label} ${o.detail ?? ''} ${o.id}`);
    return words.every((w) => hay.includes(w));
  });
}

/** A reader of a restricted record as the form edits it: a user or a group, and its name. */
export interface Principal {
  type: 'user' | 'group';
  name: string;
}

/** 'group:lawyers' → {type: 'group', name: 'lawyers'}; anything else is a user named as written. */
export function splitPrincipal(value: string | undefined): Principal {
  const match = /^(user|group):(.*)$/.exec(value ?? '');
  if (match === null) return { type: 'user', name: value ?? '' };
  return { type: match[1] as Principal['type'], name: match[2] ?? '' };
}

/**
 * The core's form of a reader ('user:NAME'); '' for a user row left empty (so it is left out), while a group row
 * keeps its choice ('group:') until its name is typed.
 */
export function joinPrincipal(p: Principal): string {
  const name = p.name.trim();
  return name === '' && p.type === 'user' ? '' : `${p.type}:${name}`;
}
