import { isCertainlyBefore, type PartialDate } from '../dates/partial-date.ts';
import type { Issue } from '../errors.ts';
import type { RecordKind } from '../record/record-kinds.ts';
import type { ConflictDecision, ConflictInput } from './conflict-slice.ts';

export * from './conflict-slice.ts';

/** A record and the JSON path of a date within it ('.steps[0].date'). */
export interface DatedPlace {
  kind: RecordKind;
  id: string;
  path: string;
  date: PartialDate;
}

/**
 * Dates of two records of a case that cannot both be true: sources contradict each other, so this is a warning
 * kept with the record (shown beside it), never a reason to refuse it. It is on `record`, at `path` within it,
 * and names the record it conflicts with.
 */
export interface DateConflict {
  code: 'date.conflict';
  kind: RecordKind;
  record: string;
  path: string;
  message: string;
  with: { kind: RecordKind; id: string; path: string };
}

/** What the checks ask of the law: whether a measure kind deprives of liberty (custody, house arrest). */
export interface ConflictOptions {
  deprivesLiberty?: (measureKind: string) => boolean;
}

type Rule = (file: ConflictInput, options: ConflictOptions) => DateConflict[];

/**
 * The conflict, kept with `on`, when its date is certainly `before` or `after` the other's: partial dates
 * conflict only when no reading of them fits. The message says what each date is and names the other record.
 */
function conflict(
  on: DatedPlace,
  what: string,
  relation: 'before' | 'after',
  other: DatedPlace,
  than: string,
): DateConflict[] {
  const isConflict =
    relation === 'before' ? isCertainlyBefore(on.date, other.date) : isCertainlyBefore(other.date, on.date);
  if (!isConflict) return [];
  return [
    {
      code: 'date.conflict',
      kind: on.kind,
      record: on.id,
      path: on.path,
      message: `${what} (${on.date}) is ${relation} ${than} (${other.date}, ${other.kind} "${other.id}" ${other.path})`,
      with: { kind: other.kind, id: other.id, path: other.path },
    },
  ];
}

/** Decisions in force that no decision in the file reviews: the last word on a defendant. */
function finalDecisions(file: ConflictInput): (ConflictDecision & { enteredIntoForce: PartialDate })[] {
  const reviewed = new Set(file.decisions.map((d) => d.reviews).filter((id) => id !== undefined));
  return file.decisions.filter(
    (d): d is ConflictDecision & { enteredIntoForce: PartialDate } =>
      d.enteredIntoForce !== undefined && !reviewed.has(d.id),
  );
}

/**
 * Where a person's deprivation of liberty in the case began, as far as the records say: each order of a measure
 * that deprives of liberty. Releases and arrests recorded elsewhere join here, so the rules below see them.
 */
export function custodyStarts(file: ConflictInput, person: string, options: ConflictOptions): DatedPlace[] {
  const deprives = options.deprivesLiberty;
  if (deprives === undefined) return [];
  return file.measures.flatMap((m) => {
    const ordered = m.steps[0];
    return m.person === person && deprives(m.kind) && ordered !== undefined
      ? [{ kind: 'measure' as const, id: m.id, path: '.steps[0].date', date: ordered.date }]
      : [];
  });
}

/** A measure ordered or extended after the person's verdict entered into force. */
const measureAfterFinalDecision: Rule = (file) =>
  finalDecisions(file).flatMap((d) => {
    const inForce: DatedPlace = {
      kind: 'decision',
      id: d.id,
      path: '.enteredIntoForce',
      date: d.enteredIntoForce,
    };
    return file.measures
      .filter((m) => m.person === d.defendant)
      .flatMap((m) =>
        m.steps.flatMap((s, i) =>
          s.kind === 'ordered' || s.kind === 'extended'
            ? conflict(
                { kind: 'measure', id: m.id, path: `.steps[${i}].date`, date: s.date },
                `its "${s.kind}" step`,
                'after',
                inForce,
                'the entry into force of the decision',
              )
            : [],
        ),
      );
  });

/** Ids of measures whose term was extended: custody awaiting trial, not custody ordered at or after a verdict. */
function extendedMeasures(file: ConflictInput): Set<string> {
  return new Set(file.measures.filter((m) => m.steps.some((s) => s.kind === 'extended')).map((m) => m.id));
}

/**
 * A verdict before the person's first custody in the case, when that custody awaited trial (its term was
 * extended; a court that takes a convicted person into custody at or after the verdict does not extend it), or
 * before a charge it rules on was brought.
 */
const verdictBeforeStart: Rule = (file, options) => {
  const extended = extendedMeasures(file);
  return file.decisions
    .filter((d) => d.kind === 'verdict')
    .flatMap((d) => {
      const verdict: DatedPlace = { kind: 'decision', id: d.id, path: '.date', date: d.date };
      const starts = custodyStarts(file, d.defendant, options);
      const first = starts.find((s) => starts.every((o) => !isCertainlyBefore(o.date, s.date)));
      const isFirstAwaitingTrial = first !== undefined && first.kind === 'measure' && extended.has(first.id);
      const out =
        first && isFirstAwaitingTrial && starts.every((s) => isCertainlyBefore(d.date, s.date))
          ? conflict(verdict, 'the verdict', 'before', first, 'the first custody, which awaited trial')
          : [];
      for (const o of d.outcomes) {
        const charge = file.charges.find((c) => c.id === o.charge);
        const brought = charge?.lifecycle[0];
        if (charge && brought)
          out.push(
            ...conflict(
              verdict,
              'the verdict',
              'before',
              { kind: 'charge', id: charge.id, path: '.lifecycle[0].date', date: brought.date },
              'the "brought" step of the charge',
            ),
          );
      }
      return out;
    });
};

/** A ruling on appeal or cassation dated before the decision it reviews. */
const reviewBeforeDecision: Rule = (file) =>
  file.decisions.flatMap((d) => {
    const reviewed = file.decisions.find((r) => r.id === d.reviews);
    if (reviewed === undefined) return [];
    return conflict(
      { kind: 'decision', id: d.id, path: '.date', date: d.date },
      'the ruling',
      'before',
      { kind: 'decision', id: reviewed.id, path: '.date', date: reviewed.date },
      'the decision it reviews',
    );
  });

/** A charge step that cites a decision but is dated before it. */
const chargeStepBeforeDecision: Rule = (file) =>
  file.charges.flatMap((c) =>
    c.lifecycle.flatMap((s, i) => {
      const decision = file.decisions.find((d) => d.id === s.decision);
      if (decision === undefined) return [];
      return conflict(
        { kind: 'charge', id: c.id, path: `.lifecycle[${i}].date`, date: s.date },
        `the step "${s.kind}"`,
        'before',
        { kind: 'decision', id: decision.id, path: '.date', date: decision.date },
        'the decision it cites',
      );
    }),
  );

/** Hearing kinds that belong to a trial or its appeal, which end when the case's last decision is in force. */
const TRIAL_HEARINGS = new Set(['detention_review', 'preliminary', 'trial_session', 'verdict', 'appeal']);

/**
 * A hearing of the trial or its appeal after the case closed: every defendant's last decision in force, the
 * latest of them certainly before the hearing. A hearing whose decision is dated before it conflicts too.
 */
const hearingAfterClose: Rule = (file) => {
  const finals = finalDecisions(file);
  const defendants = new Set([
    ...file.case.participants.filter((p) => p.role === 'defendant').map((p) => p.person),
    ...file.decisions.map((d) => d.defendant),
  ]);
  const isClosed = defendants.size > 0 && [...defendants].every((p) => finals.some((d) => d.defendant === p));
  const last = isClosed
    ? finals.reduce<(typeof finals)[number] | undefined>(
        (a, d) => (a === undefined || isCertainlyBefore(a.enteredIntoForce, d.enteredIntoForce) ? d : a),
        undefined,
      )
    : undefined;
  return file.hearings.flatMap((h) => {
    const hearing: DatedPlace = { kind: 'hearing', id: h.id, path: '.date', date: h.date };
    const out: DateConflict[] = [];
    if (last && TRIAL_HEARINGS.has(h.kind) && h.status !== 'cancelled')
      out.push(
        ...conflict(
          hearing,
          `the ${h.kind.replace(/_/g, ' ')} hearing`,
          'after',
          { kind: 'decision', id: last.id, path: '.enteredIntoForce', date: last.enteredIntoForce },
          "the entry into force of the case's last decision",
        ),
      );
    const decision = file.decisions.find((d) => d.id === h.decision);
    if (decision)
      out.push(
        ...conflict(
          hearing,
          'the hearing',
          'after',
          { kind: 'decision', id: decision.id, path: '.date', date: decision.date },
          'the decision given at it',
        ),
      );
    return out;
  });
};

/**
 * A release before the person was first deprived of liberty in the case, or before the decision it follows.
 * Releases are facts of the case record, so the warning is kept with the case, at the release's path.
 */
const releaseBeforeStart: Rule = (file, options) =>
  (file.case.releases ?? []).flatMap((r, i) => {
    const release: DatedPlace = {
      kind: 'case',
      id: file.case.id,
      path: `.releases[${i}].date`,
      date: r.date,
    };
    const starts = custodyStarts(file, r.person, options);
    const decision = r.decision !== undefined ? file.decisions.find((d) => d.id === r.decision) : undefined;
    return [
      ...starts.flatMap((start) =>
        conflict(release, `the release of "${r.person}"`, 'before', start, 'the start of their custody'),
      ),
      ...(decision
        ? conflict(
            release,
            `the release of "${r.person}"`,
            'before',
            { kind: 'decision', id: decision.id, path: '.date', date: decision.date },
            'the decision it follows',
          )
        : []),
    ];
  });

/** Every rule, in the order its warnings are listed. A new dated fact adds its rule here. */
const RULES: readonly Rule[] = [
  measureAfterFinalDecision,
  verdictBeforeStart,
  reviewBeforeDecision,
  chargeStepBeforeDecision,
  hearingAfterClose,
  releaseBeforeStart,
];

/**
 * The dates across the records of one case that contradict each other: a measure ordered after the verdict was
 * in force, a verdict before the first custody or before the charge it rules on, a ruling before what it
 * reviews, a charge step before the decision it cites, a trial hearing after the case closed, a release before
 * the custody or the decision it ends. Partial dates
 * conflict only when no reading of them fits. Shown by `case show`, `facts` and the import report.
 */
export function caseDateConflicts(file: ConflictInput, options: ConflictOptions = {}): DateConflict[] {
  return RULES.flatMap((rule) => rule(file, options));
}

/**
 * The options for a case of the jurisdiction from the law data (LegalKnowledge, or the import's law): a measure
 * kind deprives of liberty when the data says so. Without law data, no custody is known.
 */
export function conflictOptions(
  law: { measure(jurisdiction: string, key: string): unknown } | undefined,
  jurisdiction: string,
): ConflictOptions {
  if (law === undefined) return {};
  return {
    deprivesLiberty: (kind) => {
      const known = law.measure(jurisdiction, kind);
      return (
        typeof known === 'object' &&
        known !== null &&
        'deprivesLiberty' in known &&
        known.deprivesLiberty === true
      );
    },
  };
}

/** A conflict as an issue: a warning of an import, named by its record's id and the path within it. */
export function conflictIssue(c: DateConflict, file?: string): Issue {
  return {
    code: c.code,
    message: c.message,
    record: c.record,
    recordKind: c.kind,
    path: c.path,
    ...(file !== undefined ? { file } : {}),
  };
}
