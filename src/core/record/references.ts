import { originsWithPaths } from '../charge/charge.ts';
import type { Citation } from '../common/schemas.ts';
import { withValueAt, type Dispute } from '../common/disputes.ts';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type RecordOf } from './record-kinds.ts';

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
  source: (r, add) => add('.case', 'case', r.case),
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
      citations(add, `${p}.confirmed`, a.confirmed?.sources);
    });
    citations(add, '.confirmed', r.confirmed?.sources);
    each(r.events, '.events', (id, p) => add(p, 'event', id));
    each(r.releases, '.releases', (x, p) => {
      add(`${p}.person`, 'person', x.person);
      add(`${p}.decision`, 'decision', x.decision);
      citations(add, p, x.sources);
    });
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
    for (const o of originsWithPaths(r)) each(o.from, `${o.path}.from`, (id, p) => add(p, 'charge', id));
    citations(add, '.actDate', r.actDate?.sources);
    each(r.lifecycle, '.lifecycle', (s, p) => {
      add(`${p}.authority`, 'organisation', s.authority);
      add(`${p}.decision`, 'decision', s.decision);
      each(s.successors, `${p}.successors`, (id, q) => add(q, 'charge', id));
      citations(add, p, s.sources);
    });
    citations(add, '.stage', r.stage?.sources);
    citations(add, '.role', r.role?.sources);
    each(r.partsInDoubt, '.partsInDoubt', (d, p) => citations(add, p, d.sources));
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
    each(r.charges, '.charges', (id, p) => add(p, 'charge', id));
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
  allegation: (r, add) => {
    add('.case', 'case', r.case);
    add('.document', 'source', r.document);
    add('.charge', 'charge', r.charge);
    citations(add, '.speechAssessment', r.speechAssessment?.sources);
  },
  evidence: (r, add) => {
    add('.case', 'case', r.case);
    add('.author', 'person', r.author);
    add('.commissioner', 'organisation', r.commissioner);
    add('.document', 'source', r.document);
    each(r.links, '.links', (l, p) => add(`${p}.allegation`, 'allegation', l.allegation));
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
  disputeReferences(kind, record, add);
  return out;
}

/** A dispute's path as a JSON path relative to the record: 'steps/0/date' → '.steps[0].date'. */
function jsonPathOf(path: string): string {
  return path
    .split('/')
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('');
}

/**
 * The ids the other accounts of disputed values point at: their citations, and any id an account gives in the
 * recorded value's place (another court, another successor), found by reading the record with the account in it.
 */
function disputeReferences(kind: RecordKind, record: AnyRecord, add: Collect): void {
  const disputes = (record as { disputes?: Dispute[] }).disputes ?? [];
  disputes.forEach((dispute, i) => {
    const at = jsonPathOf(dispute.path);
    dispute.accounts.forEach((account, k) => {
      const base = `.disputes[${i}].accounts[${k}]`;
      citations(add, base, account.sources);
      const variant = RECORD_KINDS[kind].schema.safeParse(withValueAt(record, dispute.path, account.value));
      if (!variant.success) return; // reported by the dispute rules
      const inner: Reference[] = [];
      (collectors[kind] as (r: AnyRecord, add: Collect) => void)(variant.data, (path, k2, id) => {
        if (id !== undefined) inner.push({ path, kind: k2, id });
      });
      for (const ref of inner)
        if (ref.path === at || ref.path.startsWith(`${at}.`) || ref.path.startsWith(`${at}[`))
          add(`${base}.value${ref.path.slice(at.length)}`, ref.kind, ref.id);
    });
  });
}
