import type { CaseFile } from '../case/case-file.ts';
import { valueAt, withValueAt, type Dispute, type DisputeAccount } from '../common/disputes.ts';
import type { Day, Range } from '../dates/index.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { RECORD_KINDS, type RecordKind } from '../record/record-kinds.ts';
import { computeCaseFacts, type CaseFacts } from './case-facts.ts';

/** The most variants of a case file computed together; past it, each dispute's accounts are taken one at a time. */
export const MAX_VARIANTS = 64;

/** Which value is disputed: the record (kind and id) and the path in it. */
export interface DisputeRef {
  kind: RecordKind;
  record: string;
  path: string;
}

/** A disputed value as the facts show it: the recorded account and the others, each with its sources. */
export interface DisputeFact extends DisputeRef {
  recorded: unknown;
  accounts: DisputeAccount[];
  note?: string;
}

/** A computed figure that differs between accounts: every value it takes, its span, and the disputes behind it. */
export interface DisputedFigure {
  /** The person, measure or charge the figure is about. */
  subject: string;
  figure: string;
  /** The unit of a count that is not in days, as people write it (credit in hours, or 'MCI'). */
  unit?: string;
  /** The figure under the recorded accounts. */
  recorded: unknown;
  /** Every value it takes over the variants computed, the recorded one first. */
  values: unknown[];
  /** For day counts and dates: from the least to the most over every value. */
  span?: Range | { earliest: Day; latest: Day };
  by: DisputeRef[];
}

/** What disputed values do to the facts: the disputes, and the figures that differ between accounts. */
export interface DisputedFacts {
  disputes: DisputeFact[];
  figures: DisputedFigure[];
  /** How many versions of the case file were computed, the recorded one included. */
  variants: number;
  /** True when every combination of accounts was computed; false when each dispute was taken on its own. */
  isEveryCombination: boolean;
  note: string;
}

interface Located {
  ref: DisputeRef;
  dispute: Dispute;
  list: keyof CaseFile;
}

const LISTS = [
  ['charges', 'charge'],
  ['measures', 'measure'],
  ['hearings', 'hearing'],
  ['decisions', 'decision'],
  ['persons', 'person'],
  ['organisations', 'organisation'],
  ['events', 'event'],
  ['sources', 'source'],
] as const satisfies readonly (readonly [keyof CaseFile, RecordKind])[];

function disputesOf(r: { disputes?: Dispute[] | undefined }): Dispute[] {
  return r.disputes ?? [];
}

/** Every disputed value in the case file, where it is. */
export function locateDisputes(file: CaseFile): Located[] {
  const out: Located[] = disputesOf(file.case).map((dispute) => ({
    ref: { kind: 'case', record: file.case.id, path: dispute.path },
    dispute,
    list: 'case',
  }));
  for (const [list, kind] of LISTS)
    for (const record of file[list])
      for (const dispute of disputesOf(record))
        out.push({ ref: { kind, record: record.id, path: dispute.path }, dispute, list });
  return out;
}

/** The case file with the given account (1-based into `accounts`; 0 is the recorded one) of each dispute. */
function variantFile(file: CaseFile, located: readonly Located[], choice: readonly number[]): CaseFile {
  const out: CaseFile = { ...file };
  located.forEach((l, i) => {
    const pick = choice[i] ?? 0;
    const account = l.dispute.accounts[pick - 1];
    if (pick === 0 || account === undefined) return;
    const swap = <T extends { id: string }>(record: T): T => {
      const changed = withValueAt(record, l.dispute.path, account.value);
      const parsed = RECORD_KINDS[l.ref.kind].schema.safeParse(changed);
      // A record whose references were withheld from the reader no longer parses; its raw variant stands.
      return (parsed.success ? parsed.data : changed) as T;
    };
    if (l.list === 'case') out.case = swap(out.case);
    else {
      const records = out[l.list] as { id: string }[];
      out[l.list as 'charges'] = records.map((r) => (r.id === l.ref.record ? swap(r) : r)) as never;
    }
  });
  return out;
}

/** The choices to compute: every combination when few enough, else each account of each dispute alone. */
function choices(located: readonly Located[]): { list: number[][]; isEveryCombination: boolean } {
  const sizes = located.map((l) => l.dispute.accounts.length + 1);
  const product = sizes.reduce((a, b) => a * b, 1);
  if (product <= MAX_VARIANTS) {
    let list: number[][] = [[]];
    for (const size of sizes)
      list = list.flatMap((prefix) => Array.from({ length: size }, (_, k) => [...prefix, k]));
    return { list, isEveryCombination: true };
  }
  const list: number[][] = [located.map(() => 0)];
  located.forEach((l, i) =>
    l.dispute.accounts.forEach((_, k) => list.push(located.map((_, j) => (j === i ? k + 1 : 0)))),
  );
  return { list, isEveryCombination: false };
}

/** One figure of the facts: what it is about, its name, its value, and the unit of a count that is not days. */
interface Figure {
  subject: string;
  figure: string;
  value: unknown;
  unit?: string;
}

/** The main figures of the facts, keyed by subject and figure: what a dispute can move. */
export function mainFigures(facts: CaseFacts, file: CaseFile): Map<string, Figure> {
  const out = new Map<string, Figure>();
  const put = (subject: string, figure: string, value: unknown, unit?: string) => {
    if (value !== undefined)
      out.set(`${subject}\u0000${figure}`, {
        subject,
        figure,
        value,
        ...(unit !== undefined ? { unit } : {}),
      });
  };
  for (const d of facts.defendants) {
    const id = d.person.id;
    put(id, 'status', d.status.isCertain ? d.status.status : [...d.status.possible].sort().join(' | '));
    put(id, 'deprivedOfLiberty', d.deprivedOfLiberty);
    for (const c of d.credit)
      put(
        id,
        `credit: ${c.sentenceTitle}${c.regimeTitle ? ` (${c.regimeTitle})` : ''}`,
        c.amount,
        c.unitLabel,
      );
    const governing = file.decisions.find((x) => x.id === d.status.sentence?.decision);
    put(id, 'sentence', governing?.sentence);
    put(id, 'sentence ends', d.status.sentence?.endsOn);
    put(id, 'exposure', d.exposure.maxImprisonment);
    for (const m of d.measures) {
      put(m.id, 'start', { earliest: m.start.earliest, latest: m.start.latest });
      put(m.id, 'end', m.end && { earliest: m.end.earliest, latest: m.end.latest });
      put(m.id, 'days', m.days);
    }
  }
  for (const c of facts.charges)
    put(c.id, 'state', c.isStateCertain ? c.state : c.possibleStates.join(' | '));
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function isRange(v: unknown): v is Range {
  return typeof v === 'object' && v !== null && typeof (v as Range).min === 'number';
}

function isBounds(v: unknown): v is { earliest: Day; latest: Day } {
  return typeof v === 'object' && v !== null && typeof (v as { earliest?: unknown }).earliest === 'string';
}

function spanOf(values: readonly unknown[]): DisputedFigure['span'] {
  if (values.every(isRange))
    return { min: Math.min(...values.map((v) => v.min)), max: Math.max(...values.map((v) => v.max)) };
  if (values.every(isBounds)) {
    const earliest = values.map((v) => v.earliest).sort()[0];
    const latest = values
      .map((v) => v.latest)
      .sort()
      .at(-1);
    if (earliest !== undefined && latest !== undefined) return { earliest, latest };
  }
  return undefined;
}

/**
 * The case's facts as of the day with what its disputed values do to them: the facts under the recorded
 * accounts, and, when any value is disputed, the facts for each version of the case file (every combination of
 * accounts, or each account alone when they are too many), with every main figure that differs between them,
 * its span, and the disputes it rests on.
 */
export function computeCaseFactsWithDisputes(file: CaseFile, law: LegalKnowledge, asOf: Day): CaseFacts {
  const facts = computeCaseFacts(file, law, asOf);
  const located = locateDisputes(file);
  if (located.length === 0) return facts;
  const { list, isEveryCombination } = choices(located);
  const base = mainFigures(facts, file);
  const variants = list.map((choice) => {
    const variant = variantFile(file, located, choice);
    return { choice, figures: mainFigures(computeCaseFacts(variant, law, asOf), variant) };
  });
  const figures: DisputedFigure[] = [];
  const keys = new Set([...base.keys(), ...variants.flatMap((v) => [...v.figures.keys()])]);
  for (const key of keys) {
    const recorded = base.get(key);
    const values: unknown[] = recorded ? [recorded.value] : [];
    for (const v of variants) {
      const value = v.figures.get(key)?.value;
      if (value !== undefined && !values.some((x) => same(x, value))) values.push(value);
    }
    const changes = variants.filter((v) => !same(v.figures.get(key)?.value, recorded?.value));
    if (changes.length === 0) continue;
    const moves = (i: number, alone: boolean) =>
      changes.some((v) => (v.choice[i] ?? 0) > 0 && (!alone || v.choice.every((c, j) => j === i || c === 0)));
    const alone = located.filter((_, i) => moves(i, true));
    const by = (alone.length > 0 ? alone : located.filter((_, i) => moves(i, false))).map((l) => l.ref);
    const named = recorded ?? variants.map((v) => v.figures.get(key)).find((f) => f !== undefined);
    const span = spanOf(values);
    figures.push({
      subject: named?.subject ?? '',
      figure: named?.figure ?? '',
      ...(named?.unit !== undefined ? { unit: named.unit } : {}),
      recorded: recorded?.value,
      values,
      ...(span !== undefined ? { span } : {}),
      by,
    });
  }
  const disputed: DisputedFacts = {
    disputes: located.map((l) => disputeFact(file, l)),
    figures,
    variants: list.length,
    isEveryCombination,
    note: isEveryCombination
      ? 'Figures are computed for every combination of the accounts of disputed values; a disputed figure spans them all.'
      : `Too many combinations of accounts (more than ${MAX_VARIANTS}): each disputed value's accounts were taken one at a time, the others as recorded.`,
  };
  return { ...facts, disputed };
}

/** Every disputed value of the case file with its recorded account and the others: what `case show` lists. */
export function caseDisputes(file: CaseFile): DisputeFact[] {
  return locateDisputes(file).map((l) => disputeFact(file, l));
}

function disputeFact(file: CaseFile, l: Located): DisputeFact {
  return {
    ...l.ref,
    recorded: valueAt(recordOf(file, l), l.dispute.path).value,
    accounts: l.dispute.accounts,
    ...(l.dispute.note !== undefined ? { note: l.dispute.note } : {}),
  };
}

function recordOf(file: CaseFile, l: Located): unknown {
  if (l.list === 'case') return file.case;
  return (file[l.list] as { id: string }[]).find((r) => r.id === l.ref.record);
}
