import type { Case } from '../case/case.ts';
import { HANDOVER_STEPS, originsOf, type Charge } from '../charge/charge.ts';
import type { Issue } from '../errors.ts';
import type { Transaction } from '../ports.ts';
import type { IntegrityLaw } from './integrity.ts';
import type { OwnWrites } from './import-merge.ts';
import type { RecordKind, RecordOf } from './record-kinds.ts';
import { recordPath } from './record-path.ts';

/** A case whose update moved it to another jurisdiction: its stored charges and measures must follow. */
interface MovedCase {
  id: string;
  index: number;
  jurisdiction: string;
}

/** A charge whose update stopped naming charges that may still name it. */
interface Relinked {
  id: string;
  index: number;
  /** Charges its origin named before and names no more. */
  predecessors: string[];
  /** Charges its handover steps named before and name no more. */
  successors: string[];
}

/** How many records an issue names before it says how many more there are. */
const NAMED = 3;

/**
 * The checks an update needs beyond those of a new record: records outside the bundle may rest on what the stored
 * record was (a charge on its case's jurisdiction, a successor on the step that handed it over). An update is
 * noted when it changes such a thing (rarely: memory stays flat), and the records resting on it are checked at
 * the end, as they then are in the database.
 */
export class UpdateDependents {
  private readonly moved: MovedCase[] = [];
  private readonly relinked: Relinked[] = [];

  /** Notes what an update of the record at `index` changes that others may rest on. */
  note(kind: RecordKind, index: number, before: unknown, after: RecordOf<RecordKind>): void {
    if (kind === 'case') {
      const jurisdiction = (after as Case).jurisdiction;
      if ((before as Partial<Case>).jurisdiction !== jurisdiction)
        this.moved.push({ id: after.id, index, jurisdiction });
    } else if (kind === 'charge') {
      const [was, is] = [before as Charge, after as Charge];
      const predecessors = dropped(fromOf(was), fromOf(is));
      const successors = dropped(successorsOf(was), successorsOf(is));
      if (predecessors.length + successors.length > 0)
        this.relinked.push({ id: after.id, index, predecessors, successors });
    }
  }

  /** Checks, once everything is written, the stored records that rest on what the noted updates changed. */
  async check(
    tx: Transaction,
    own: OwnWrites,
    law: IntegrityLaw | undefined,
    file?: string,
  ): Promise<Issue[]> {
    const issues: Issue[] = [];
    const report = (
      record: { kind: 'case' | 'charge'; id: string },
      path: string,
      message: string,
      code: Issue['code'] = 'validation.invalid',
    ) =>
      issues.push({
        code,
        message,
        record: record.id,
        recordKind: record.kind,
        path,
        ...(file !== undefined ? { file } : {}),
      });
    for (const moved of this.moved) {
      const path = recordPath('case', moved.index, '.jurisdiction');
      const charges = (await tx.list('charge', { case: moved.id })).filter(
        (c) => c.data.article.jurisdiction !== moved.jurisdiction,
      );
      if (charges.length > 0)
        report(
          { kind: 'case', id: moved.id },
          path,
          `the case moves to jurisdiction "${moved.jurisdiction}", but ${named(charges)} under articles of another stay on it`,
          'law.unknown_article',
        );
      if (!law) continue;
      const measures = (await tx.list('measure', { case: moved.id })).filter(
        (m) => law.measure(moved.jurisdiction, m.data.kind) === undefined,
      );
      if (measures.length > 0)
        report(
          { kind: 'case', id: moved.id },
          path,
          `the case moves to jurisdiction "${moved.jurisdiction}", which has no measure of the kind of ${named(measures)}`,
        );
    }
    for (const charge of this.relinked) {
      for (const stored of await tx.list('charge', { ids: charge.predecessors })) {
        const step = stored.data.lifecycle.find(
          (s) => HANDOVER_STEPS.has(s.kind) && s.successors?.includes(charge.id),
        );
        if (step && !(await own.isOwn(stored)))
          report(
            { kind: 'charge', id: charge.id },
            recordPath('charge', charge.index, '.origin'),
            `"${stored.id}" still hands this charge over in its "${step.kind}" step: name it in origin.from, or change "${stored.id}" in the same import`,
          );
      }
      for (const stored of await tx.list('charge', { ids: charge.successors })) {
        const origin = originsOf(stored.data).find(
          (o) => o.kind !== 'rebrought' && o.from.includes(charge.id),
        );
        if (origin && !(await own.isOwn(stored)))
          report(
            { kind: 'charge', id: charge.id },
            recordPath('charge', charge.index, '.lifecycle'),
            `"${stored.id}" still comes from this charge (origin "${origin.kind}"): hand it over in a step, or change "${stored.id}" in the same import`,
          );
      }
    }
    return issues;
  }
}

/** The ids `before` named that `after` does not. */
function dropped(before: readonly string[] = [], after: readonly string[] = []): string[] {
  const kept = new Set(after);
  return [...new Set(before)].filter((id) => !kept.has(id));
}

/** Every charge a charge's origins name. */
function fromOf(charge: Charge): string[] {
  return originsOf(charge).flatMap((o) => o.from);
}

/** Every charge a charge's handover steps name. */
function successorsOf(charge: Charge): string[] {
  return charge.lifecycle.filter((s) => HANDOVER_STEPS.has(s.kind)).flatMap((s) => s.successors ?? []);
}

/** 'charge "a"', or 'charges "a", "b", "c" and 2 more'. */
function named(records: readonly { kind: string; id: string }[]): string {
  const first = records[0];
  if (records.length === 1 && first) return `${first.kind} "${first.id}"`;
  const ids = records.slice(0, NAMED).map((r) => `"${r.id}"`);
  const more = records.length > NAMED ? ` and ${records.length - NAMED} more` : '';
  return `${first?.kind ?? 'record'}s ${ids.join(', ')}${more}`;
}
