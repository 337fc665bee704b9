import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { VERSION_KEY } from '../../../../../src/core/record/record-version.ts';
import { laidOver } from './quick-case-laid-over.ts';

// A text about a case already recorded, laid over that case: each record the text's form drafts is matched with the
// one the case holds for the same fact (a charge under the same article begun the same way in days that overlap, a
// measure of the same kind of deprivation ordered in days that overlap, a hearing on the same days, a decision of
// the same kind for the same person on days that overlap), and the bundle
// then adds to the case what it lacks and cites the text for what it holds already. Nothing recorded is removed or
// replaced: a stored record gains citations, the steps of its life it did not have, and the later news.

type Rec = Record<string, unknown>;

/** A record the case holds, as the API lists it: the record and the version an edit of it must name. */
export interface Held {
  id: string;
  version: number;
  record: Rec;
}

/** The case a text is added to: its record, its charges, measures, hearings and decisions, its authorities by name. */
export interface HeldCase {
  case: Held;
  charges: readonly Held[];
  measures: readonly Held[];
  hearings: readonly Held[];
  /** Its courts' decisions: verdicts and rulings. */
  decisions: readonly Held[];
  /** The prosecution's claims it records. */
  allegations: readonly Held[];
  /** The case's authorities: organisation id, role and name. */
  authorities: readonly { id: string; name: string; role: string }[];
  /** The sources the case cites, with the digest of the copy each was read from where it has one. */
  sources: readonly { id: string; title: string; sha256?: string | undefined }[];
}

/** Whether two measure kinds are one fact told in two ways (custody, and detention of a kind not stated). */
export type SameMeasureKind = (a: string, b: string) => boolean;

/**
 * Two measure kinds are one fact when they are the same kind, or count as the same deprivation of liberty in the
 * jurisdiction's law data (custody, and a detention whose kind a source does not state).
 */
export function sameMeasureKindOf(
  measures: readonly { key: string; deprivation?: string | undefined }[],
): SameMeasureKind {
  const deprivation = new Map(measures.map((m) => [m.key, m.deprivation]));
  return (a, b) => a === b || (deprivation.get(a) !== undefined && deprivation.get(a) === deprivation.get(b));
}

/** Every record of the case a text may be laid over: the case, and its facts of each list. */
export const heldRecords = (held: HeldCase): Held[] => [
  held.case,
  ...held.charges,
  ...held.measures,
  ...held.hearings,
  ...held.decisions,
  ...held.allegations,
];

/** The lists of the form whose rows are facts of the case, each matched with the case's record of it. */
export const LISTS = ['charges', 'measures', 'hearings', 'decisions', 'allegations'] as const;

/** The days a partial date may be; undefined when there is none, or it is not a date. */
function boundsOf(date: unknown): { earliest: string; latest: string } | undefined {
  return typeof date === 'string' && isPartialDate(date) ? dayBounds(date) : undefined;
}

/** Whether two dates may be the same day: their days overlap. A date not given overlaps nothing. */
function mayBeSameDay(a: unknown, b: unknown): boolean {
  const x = boundsOf(a);
  const y = boundsOf(b);
  return x !== undefined && y !== undefined && x.earliest <= y.latest && y.earliest <= x.latest;
}

/** Whether two dates are the same single day. */
function isSameDay(a: unknown, b: unknown): boolean {
  const x = boundsOf(a);
  const y = boundsOf(b);
  return (
    x !== undefined &&
    y !== undefined &&
    x.earliest === x.latest &&
    x.earliest === y.earliest &&
    y.latest === x.latest
  );
}

const firstDate = (steps: unknown): unknown =>
  Array.isArray(steps) ? (steps[0] as Rec | undefined)?.date : undefined;

interface Article {
  code?: string;
  article?: string;
  part?: string;
}

/** The same article: the same code and number, and the same part where both give one. */
function isSameArticle(a: Article | undefined, b: Article | undefined): boolean {
  if (a?.article === undefined || b?.article === undefined) return false;
  if ((a.code ?? '') !== (b.code ?? '') || a.article.trim() !== b.article.trim()) return false;
  return a.part === undefined || b.part === undefined || a.part.trim() === b.part.trim();
}

/** A sentence quoted twice: the same letters and digits, and long enough not to be the same by chance. */
const isSameSentence = (a: string, b: string) => a.length >= 40 && nameKey(a) === nameKey(b);

/** A name as compared: letters and digits only, in lower case ("Almaty City Prosecutor’s office"). */
const nameKey = (name: string) => name.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The ids the form drew for its case and person, as they are in the case: the case's, and its defendant's. */
function heldIds(held: HeldCase, drafted: { case: string; person: string }): Map<string, string> {
  const people = (held.case.record['participants'] as { person: string; role: string }[] | undefined) ?? [];
  const ids = new Map([[drafted.case, held.case.id]]);
  // A person the form took from those recorded stays who they are (a co-defendant the case does not name yet is
  // added to it); a new one, typed by the names the text gives, is the case's defendant.
  const defendant = people.find((p) => p.role === 'defendant')?.person;
  if (defendant !== undefined && !people.some((p) => p.person === drafted.person))
    ids.set(drafted.person, defendant);
  return ids;
}

/**
 * Which record the case holds for each record the text's bundle drafts, by the drafted id: charges, measures and
 * hearings, and the new organisations that are authorities of the case already (same role, same name). Each held
 * record is matched once, to the first drafted record it fits, a day given exactly preferred.
 */
export function matchHeld(
  bundle: Rec,
  held: HeldCase,
  sameKind: SameMeasureKind,
  drafted: { case: string; person: string },
): Map<string, string> {
  const matches = new Map<string, string>();
  // A fact of one person is not the same fact of another: a co-defendant's charge under the same article.
  const people = heldIds(held, drafted);
  const isSamePerson = (draft: unknown, stored: unknown) =>
    typeof draft === 'string' && (people.get(draft) ?? draft) === stored;
  const taken = new Set<string>();
  const take = (
    draft: Rec,
    candidates: readonly Held[],
    fits: (h: Rec) => boolean,
    exact: (h: Rec) => boolean,
  ) => {
    const free = candidates.filter((h) => !taken.has(h.id) && fits(h.record));
    const best = free.find((h) => exact(h.record)) ?? free[0];
    if (best === undefined) return;
    taken.add(best.id);
    matches.set(draft['id'] as string, best.id);
  };
  const list = (name: (typeof LISTS)[number]) => (bundle[name] as Rec[] | undefined) ?? [];
  for (const charge of list('charges')) {
    const origin = charge['origin'] as { kind: string; from: string[] } | undefined;
    const began = firstDate(charge['lifecycle']);
    take(
      charge,
      held.charges,
      (h) => {
        const heldOrigin = h['origin'] as { kind: string; from: string[] } | undefined;
        if (!isSamePerson(charge['defendant'], h['defendant'])) return false;
        if (!isSameArticle(charge['article'] as Article, h['article'] as Article)) return false;
        if ((origin?.kind ?? 'brought') !== (heldOrigin?.kind ?? 'brought')) return false;
        // A charge begun from an earlier one the case holds begins from that one there too.
        const from = (origin?.from ?? []).map((id) => matches.get(id)).filter((id) => id !== undefined);
        if (from.some((id) => !(heldOrigin?.from ?? []).includes(id))) return false;
        return mayBeSameDay(began, firstDate(h['lifecycle']));
      },
      (h) => isSameDay(began, firstDate(h['lifecycle'])),
    );
  }
  const measures = list('measures');
  for (const measure of measures) {
    const kind = measure['kind'] as string;
    // A measure that replaced one the case holds is the one that replaced it there, whatever its dates say.
    const before = measures.find((m) =>
      (m['steps'] as Rec[] | undefined)?.some(
        (s) => s['kind'] === 'changed' && s['successor'] === measure['id'],
      ),
    );
    const replacedBy = (id: string | undefined) =>
      (held.measures.find((h) => h.id === id)?.record['steps'] as Rec[] | undefined)?.find(
        (s) => s['kind'] === 'changed',
      )?.['successor'];
    const successor = before === undefined ? undefined : replacedBy(matches.get(before['id'] as string));
    take(
      measure,
      held.measures,
      (h) =>
        isSamePerson(measure['person'], h['person']) &&
        sameKind(kind, h['kind'] as string) &&
        (h['id'] === successor || mayBeSameDay(firstDate(measure['steps']), firstDate(h['steps']))),
      (h) => h['id'] === successor || isSameDay(firstDate(measure['steps']), firstDate(h['steps'])),
    );
  }
  for (const hearing of list('hearings'))
    take(
      hearing,
      held.hearings,
      (h) =>
        isSameDay(hearing['date'], h['date']) ||
        (h['kind'] === hearing['kind'] && mayBeSameDay(hearing['date'], h['date'])),
      (h) => isSameDay(hearing['date'], h['date']),
    );
  for (const decision of list('decisions'))
    take(
      decision,
      held.decisions,
      (h) =>
        isSamePerson(decision['defendant'], h['defendant']) &&
        h['kind'] === decision['kind'] &&
        mayBeSameDay(decision['date'], h['date']),
      (h) => isSameDay(decision['date'], h['date']),
    );
  // A claim the case holds in the same words, or read from the same sentence: its passage in the same document, or a
  // citation quoting that sentence (a claim a dispatch reports, recorded as made in the indictment), whichever
  // record of the source cites it.
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const quoted = (r: Rec) => text((r['passage'] as Rec | undefined)?.['quote']);
  const citations = (r: Rec) =>
    ((r['sources'] as Rec[] | undefined) ?? []).filter((c) => text(c['quote']) !== '');
  // Of several the sentence is cited for, the one whose words the text's claim shares most.
  const words = (r: Rec) =>
    new Set(
      text(r['summary'])
        .toLocaleLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    );
  for (const allegation of list('allegations')) {
    const cited = citations(allegation);
    const own = words(allegation);
    const shared = (h: Held) => [...words(h.record)].filter((w) => w.length > 3 && own.has(w)).length;
    take(
      allegation,
      [...held.allegations].sort((a, b) => shared(b) - shared(a)),
      (h) =>
        nameKey(text(h['summary'])) === nameKey(text(allegation['summary'])) ||
        (h['document'] === allegation['document'] && quoted(h) !== '' && quoted(h) === quoted(allegation)) ||
        citations(h).some((c) => cited.some((d) => isSameSentence(text(d['quote']), text(c['quote'])))),
      (h) => nameKey(text(h['summary'])) === nameKey(text(allegation['summary'])),
    );
  }
  const theCase = (bundle['cases'] as Rec[] | undefined)?.[0];
  const authorities =
    (theCase?.['authorities'] as { organisation: string; role: string }[] | undefined) ?? [];
  for (const organisation of (bundle['organisations'] as Rec[] | undefined) ?? []) {
    const role = authorities.find((a) => a.organisation === organisation['id'])?.role;
    const names = ((organisation['names'] as { value: string }[] | undefined) ?? []).map((n) =>
      nameKey(n.value),
    );
    const same = held.authorities.find((a) => a.role === role && names.includes(nameKey(a.name)));
    if (same !== undefined) matches.set(organisation['id'] as string, same.id);
  }
  return matches;
}

/** Every string of a value equal to a drafted id, replaced by the id of the record it was matched with. */
function renamed(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => renamed(item, ids));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renamed(v, ids)]));
  return value;
}

/**
 * The bundle of a text added to a case the case holds: the drafted case, person and matched records become the held
 * ones (each named at the version it was read at, so an edit made meanwhile is refused rather than overwritten), with
 * what the text adds laid over them; what the case lacks is added to it, as drafted, its references renamed.
 * Records keep their places in their lists, so a problem the import finds is still at its row.
 */
export function bundleIntoCase(
  bundle: Rec,
  held: HeldCase,
  matches: ReadonlyMap<string, string>,
  drafted: { case: string; person: string },
): Rec {
  const ids = new Map([...matches, ...heldIds(held, drafted)]);
  const byId = new Map<string, Held>(heldRecords(held).map((h) => [h.id, h]));
  // The case keeps its own events, added from its page: none is written from the text laid over it.
  const cases = ((bundle['cases'] as Rec[] | undefined) ?? []).map(({ events: _events, ...c }) => c);
  const out = renamed({ ...bundle, cases }, ids) as Rec;
  // Records the case holds already are not written again: the person it holds, the authorities it names.
  const kept = (list: string, isHeld: (id: string) => boolean) =>
    ((bundle[list] as Rec[] | undefined) ?? [])
      .filter((r) => !isHeld(r['id'] as string))
      .map((r) => renamed(r, ids) as Rec);
  out['persons'] = kept('persons', (id) => id === drafted.person && ids.has(id));
  out['organisations'] = kept('organisations', (id) => matches.has(id));
  delete out['events'];
  delete out['evidence'];
  for (const list of ['cases', ...LISTS] as const)
    out[list] = ((out[list] as Rec[] | undefined) ?? []).map((record) => {
      const stored = byId.get(record['id'] as string);
      return stored === undefined
        ? record
        : { ...laidOver(list, stored.record, record), [VERSION_KEY]: stored.version };
    });
  return out;
}
