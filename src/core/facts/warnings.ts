import type { CaseFile } from '../case/case-file.ts';
import { dayBounds } from '../dates/index.ts';
import type { ErrorCode } from '../errors.ts';
import { articleKnowledgeGap, formatArticleRef, type LegalKnowledge } from '../law/legal-knowledge.ts';
import { broughtAgainAfterReplaced } from '../charge/charge.ts';
import type { ChargeHistory } from './charge-history.ts';
import { staleConfirmation } from './horizon.ts';

/** Something in the records the facts could not use as they are, with the record it concerns. */
export interface FactWarning {
  code:
    | ErrorCode
    | 'measure.unknown_kind'
    | 'limitation.expired'
    | 'limitation.unconfirmed'
    | 'charge.not_punishable'
    | 'law.no_participation_rule'
    | 'measure.over_limit'
    | 'hearing.outcome_unknown'
    | 'charge.replaced_brought_again';
  record: string;
  /** The JSON path within the record, when the warning is about one field (a date that conflicts). */
  path?: string;
  message: string;
  /** Noted by the researcher as it stands, and why (`acknowledgedWarnings`). */
  acknowledged?: { note: string };
}

/**
 * The warnings, each the case notes as it stands marked so with its note: matched by its code and the record it
 * concerns, so that a warning that comes back about another record is not taken as noted.
 */
export function acknowledgedWarnings(
  warnings: readonly FactWarning[],
  noted: readonly { code: string; record: string; note: string }[] = [],
): FactWarning[] {
  return warnings.map((w) => {
    const match = noted.find((n) => n.code === w.code && n.record === w.record);
    return match === undefined ? w : { ...w, acknowledged: { note: match.note } };
  });
}

/** Steps listed after a step that certainly came later, and steps that certainly precede the one that began. */
function orderWarnings(
  record: string,
  steps: readonly { kind: string; date: string }[],
  what: string,
): FactWarning[] {
  const out: FactWarning[] = [];
  steps.forEach((s, i) => {
    const prev = steps[i - 1];
    if (prev && dayBounds(s.date).latest < dayBounds(prev.date).earliest) {
      out.push({
        code: 'date.order',
        record,
        message: `${what} step '${s.kind}' (${s.date}) is listed after '${prev.kind}' (${prev.date}), which came later`,
      });
    }
  });
  const first = steps[0];
  if (first) {
    for (const s of steps.slice(1)) {
      if (dayBounds(s.date).latest < dayBounds(first.date).earliest) {
        out.push({
          code: 'date.order',
          record,
          message: `${what} step '${s.kind}' (${s.date}) comes before the step that began it, '${first.kind}' (${first.date})`,
        });
      }
    }
  }
  return out;
}

/** Problems found while computing the facts: unknown law, unknown measure kinds, steps out of order. */
export function factWarnings(
  file: CaseFile,
  histories: readonly ChargeHistory[],
  law: LegalKnowledge,
): FactWarning[] {
  const out: FactWarning[] = [];
  const jurisdiction = file.case.jurisdiction;
  const isKnownJurisdiction = law.jurisdictions().includes(jurisdiction);
  if (!isKnownJurisdiction)
    out.push({
      code: 'law.unknown_article',
      record: file.case.id,
      message: `no law data for jurisdiction "${jurisdiction}": exposure, credit and limits are not computed`,
    });
  for (const h of histories) {
    const label = formatArticleRef(h.ref, 'short');
    if (!law.jurisdictions().includes(h.ref.jurisdiction)) continue;
    const known = law.articleKnowledge(h.ref);
    // An article known by its title alone is no warning: its exposure says the penalty is unknown.
    const gap = known.kind === 'indexed' ? undefined : articleKnowledgeGap(h.ref, known);
    if (gap !== undefined) {
      out.push({
        code: 'law.unknown_article',
        record: h.id,
        message: `${label} (${h.ref.code.toUpperCase()}): ${gap}`,
      });
    } else if (h.partsInDoubt?.some((part) => !law.hasArticle({ ...h.ref, part }))) {
      const missing = h.partsInDoubt.filter((part) => !law.hasArticle({ ...h.ref, part }));
      out.push({
        code: 'law.unknown_article',
        record: h.id,
        message: `${label}, part ${missing.join(', ')} (one of the parts in doubt) is not in the law data`,
      });
    } else if (known.kind === 'sanctioned' && h.lawDate && law.articleParts(h.ref, h.lawDate).length === 0) {
      out.push({
        code: 'law.unknown_article',
        record: h.id,
        message: `${label} has no wording in force on ${h.lawDate} in the law data`,
      });
    }
  }
  const stale = staleConfirmation(file);
  if (stale && file.case.confirmed)
    out.push({
      code: 'date.conflict',
      record: file.case.id,
      path: '$.confirmed.on',
      message: `the case says it was confirmed until ${file.case.confirmed.on}, but ${stale.record} ${stale.path} is dated ${stale.date}: the facts take that later day as the horizon`,
    });
  for (const c of file.charges) {
    out.push(...orderWarnings(c.id, c.lifecycle, 'charge'));
    const broughtAt = c.lifecycle.findIndex((s) => s.kind === 'brought');
    if (broughtAt > 0)
      out.push({
        code: 'date.order',
        record: c.id,
        message: `the 'brought' step is not the first step listed`,
      });
  }
  out.push(...replacedBroughtAgain(histories));
  for (const m of file.measures) {
    out.push(...orderWarnings(m.id, m.steps, 'measure'));
    if (isKnownJurisdiction && !law.measure(jurisdiction, m.kind)) {
      out.push({
        code: 'measure.unknown_kind',
        record: m.id,
        message: `measure kind "${m.kind}" is not in the law data: it is not counted as deprivation of liberty`,
      });
    }
  }
  return out;
}

/** The charge brought again after the one a charge replaced by reclassification, as the histories hold them. */
const chargeBroughtAgain = (h: ChargeHistory, histories: readonly ChargeHistory[]) =>
  broughtAgainAfterReplaced(h, histories, {
    isBrought: (g) => g.state !== 'not_yet_brought',
    defendantOf: (g) => g.defendant,
  });

/** Whether a live charge replaced one later brought again, and so may have been dropped when that one came back. */
export function isFateUnknown(charge: string, histories: readonly ChargeHistory[]): boolean {
  const h = histories.find((g) => g.id === charge);
  return h !== undefined && h.isLive !== 'no' && chargeBroughtAgain(h, histories) !== undefined;
}

/**
 * A charge that took the place of another by reclassification, and may still be pending, while that other was
 * brought again: the record says nothing of what became of the one that replaced it (dropped when the first came
 * back, or pending beside it for the same acts), which is for the researcher to find out.
 */
function replacedBroughtAgain(histories: readonly ChargeHistory[]): FactWarning[] {
  return histories.flatMap((h) => {
    if (h.isLive === 'no') return [];
    const again = chargeBroughtAgain(h, histories);
    if (again === undefined) return [];
    return [
      {
        code: 'charge.replaced_brought_again' as const,
        record: h.id,
        message: `${h.id} replaced a charge by reclassification, and may still be pending, while that charge was brought again as ${again.id}: what became of ${h.id} is not recorded`,
      },
    ];
  });
}
