import type { Citation } from '../common/schemas.ts';
import type { AnyRecord, RecordKind, RecordOf } from './record-kinds.ts';

/** One id a record points at: where (a path relative to the record) and what kind of record it must be. */
export interface Reference {
  path: string;
  kind: RecordKind;
  id: string;
}

type Collect = (path: string, kind: RecordKind, id: string | undefined) => void;

function citations(add: Collect, base: string, sources: readonly Citation[] | undefined): void {
  sources?.forEach((c, i) => add(`${base}.sources[${i}].source`, 'source', c.source));
}

function each<T>(items: readonly T[] | undefined, base: string, fn: (item: T, path: string) => void): void {
  items?.forEach((item, i) => fn(item, `${base}[${i}]`));
}

const collectors: { [K in RecordKind]: (r: RecordOf<K>, add: Collect) => void } = {
  source: () => {},
  organisation: (r, add) => {
    add('.parent', 'organisation', r.parent);
    each(r.names, '.names', (n, p) => citations(add, p, n.sources));
    each(r.registration, '.registration', (s, p) => {
      add(`${p}.authority`, 'organisation', s.authority);
      citations(add, p, s.sources);
    });
  },
  person: (r, add) => {
    each(r.names, '.names', (n, p) => citations(add, p, n.sources));
    each(r.affiliations, '.affiliations', (a, p) => {
      add(`${p}.organisation`, 'organisation', a.organisation);
      citations(add, p, a.sources);
    });
  },
  case: (r, add) => {
    each(r.numbers, '.numbers', (n, p) => {
      add(`${p}.authority`, 'organisation', n.authority);
      citations(add, p, n.sources);
    });
    each(r.authorities, '.authorities', (a, p) => {
      add(`${p}.organisation`, 'organisation', a.organisation);
      citations(add, p, a.sources);
    });
    each(r.participants, '.participants', (a, p) => {
      add(`${p}.person`, 'person', a.person);
      citations(add, p, a.sources);
    });
    each(r.events, '.events', (id, p) => add(p, 'event', id));
  },
  event: (r, add) => {
    each(r.cases, '.cases', (id, p) => add(p, 'case', id));
    each(r.persons, '.persons', (id, p) => add(p, 'person', id));
    for (const key of ['deaths', 'injured', 'detained'] as const)
      citations(add, `.casualties.${key}`, r.casualties?.[key]?.sources);
  },
  charge: (r, add) => {
    add('.case', 'case', r.case);
    add('.defendant', 'person', r.defendant);
    each(r.origin?.from, '.origin.from', (id, p) => add(p, 'charge', id));
    each(r.lifecycle, '.lifecycle', (s, p) => {
      add(`${p}.authority`, 'organisation', s.authority);
      add(`${p}.decision`, 'decision', s.decision);
      each(s.successors, `${p}.successors`, (id, q) => add(q, 'charge', id));
      citations(add, p, s.sources);
    });
  },
  measure: (r, add) => {
    add('.case', 'case', r.case);
    add('.person', 'person', r.person);
    add('.facility', 'organisation', r.facility);
    each(r.steps, '.steps', (s, p) => {
      add(`${p}.authority`, 'organisation', s.authority);
      add(`${p}.successor`, 'measure', s.successor);
      citations(add, p, s.sources);
    });
    citations(add, '.reportedDuration', r.reportedDuration?.sources);
  },
  hearing: (r, add) => {
    add('.case', 'case', r.case);
    add('.court', 'organisation', r.court);
    add('.decision', 'decision', r.decision);
    each(r.judges, '.judges', (id, p) => add(p, 'person', id));
    each(r.prosecutors, '.prosecutors', (id, p) => add(p, 'person', id));
    citations(add, '.announced', r.announced?.sources);
    each(r.changes, '.changes', (ch, p) => citations(add, p, ch.sources));
  },
  decision: (r, add) => {
    add('.case', 'case', r.case);
    add('.court', 'organisation', r.court);
    add('.defendant', 'person', r.defendant);
    add('.reviews', 'decision', r.reviews);
    each(r.judges, '.judges', (id, p) => add(p, 'person', id));
    each(r.outcomes, '.outcomes', (o, p) => add(`${p}.charge`, 'charge', o.charge));
    each(r.appeals, '.appeals', (a, p) => {
      add(`${p}.decision`, 'decision', a.decision);
      citations(add, p, a.sources);
    });
  },
};

/** Every id a record refers to, with its path and target kind: the basis of dangling-reference checks. */
export function referencesOf<K extends RecordKind>(kind: K, record: RecordOf<K>): Reference[] {
  const out: Reference[] = [];
  const add: Collect = (path, k, id) => {
    if (id !== undefined) out.push({ path, kind: k, id });
  };
  (collectors[kind] as (r: AnyRecord, add: Collect) => void)(record, add);
  citations(add, '', (record as { sources?: Citation[] }).sources);
  return out;
}
