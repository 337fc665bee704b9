import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';

// A record the case holds, with what a text's drafted record for the same fact adds to it: citations, the steps of
// its life it lacked, later news. Nothing it holds is removed or replaced.

type Rec = Record<string, unknown>;

/** The days a partial date may be; undefined when there is none, or it is not a date. */
function boundsOf(date: unknown): { earliest: string; latest: string } | undefined {
  return typeof date === 'string' && isPartialDate(date) ? dayBounds(date) : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A list with the items of another it does not hold already. */
function union<T>(
  held: readonly T[] | undefined,
  added: readonly T[] | undefined,
  key: (item: T) => string = JSON.stringify,
): T[] {
  const out = [...(held ?? [])];
  for (const item of added ?? []) if (!out.some((o) => key(o) === key(item))) out.push(item);
  return out;
}

/**
 * A record's citations with the text's: a source it cites already (at the same page) is not cited a second time,
 * for another sentence of the same text.
 */
function cited(held: unknown, added: unknown): unknown[] {
  const key = (c: unknown) => JSON.stringify([(c as Rec)['source'], (c as Rec)['page']]);
  return union(held as unknown[] | undefined, added as unknown[] | undefined, key);
}

type Step = Rec & { kind: string; sources?: unknown[] };

/**
 * The steps of a record's life the case holds, with the text's laid over them: a step of a kind held already gains
 * the text's citations (and the authority it lacked); a step of a kind the case lacks is added after them.
 */
function withSteps(held: readonly Step[] | undefined, drafted: readonly Step[] | undefined): Step[] {
  const out = (held ?? []).map((s) => ({ ...s }));
  for (const step of drafted ?? []) {
    const twin = out.find((s) => s.kind === step.kind);
    if (twin === undefined) {
      out.push(step);
      continue;
    }
    twin.sources = cited(twin.sources, step.sources);
    if (twin['authority'] === undefined && step['authority'] !== undefined)
      twin['authority'] = step['authority'];
    for (const key of ['successors'] as const)
      if (Array.isArray(twin[key]) && Array.isArray(step[key]))
        twin[key] = union(twin[key] as string[], step[key] as string[]);
    if (twin['successor'] === undefined && step['successor'] !== undefined)
      twin['successor'] = step['successor'];
  }
  return out;
}

/** The later of two confirmations of how current the case is: the text's only when its news is later. */
function laterConfirmed(held: Rec | undefined, drafted: Rec | undefined): Rec | undefined {
  if (drafted === undefined) return held;
  if (held === undefined) return drafted;
  const a = boundsOf(held['on']);
  const b = boundsOf(drafted['on']);
  if (a === undefined || b === undefined || b.latest <= a.latest) {
    return same(held['on'], drafted['on'])
      ? { ...held, sources: cited(held['sources'], drafted['sources']) }
      : held;
  }
  return drafted;
}

/**
 * The case's participants or authorities with the text's: one the case holds (the same person or organisation in the
 * same role) gains the text's citations, another is added.
 */
function citedUnion(held: unknown, drafted: unknown, who: string): Rec[] {
  const key = (r: Rec) => `${String(r[who])} ${String(r['role'])}`;
  const given = (drafted as Rec[] | undefined) ?? [];
  const out = ((held as Rec[] | undefined) ?? []).map((h) => {
    const twin = given.find((d) => key(d) === key(h));
    return twin === undefined ? h : { ...h, sources: cited(h['sources'], twin['sources']) };
  });
  return union(out, given, key);
}

/** A held record with what the text's drafted record for the same fact adds to it. */
export function laidOver(list: string, held: Rec, drafted: Rec): Rec {
  const out: Rec = { ...held, sources: cited(held['sources'], drafted['sources']) };
  if (list === 'charges')
    out['lifecycle'] = withSteps(held['lifecycle'] as Step[], drafted['lifecycle'] as Step[]);
  if (list === 'measures') {
    out['steps'] = withSteps(held['steps'] as Step[], drafted['steps'] as Step[]);
    if (held['reportedDuration'] === undefined && drafted['reportedDuration'] !== undefined)
      out['reportedDuration'] = drafted['reportedDuration'];
  }
  if (list === 'hearings') {
    out['charges'] = union(held['charges'] as string[], drafted['charges'] as string[]);
    if ((out['charges'] as string[]).length === 0) delete out['charges'];
    if (held['court'] === undefined && drafted['court'] !== undefined) out['court'] = drafted['court'];
    // A hearing the case holds as to come that the text says was held: held is the later news.
    if (held['status'] === 'scheduled' && drafted['status'] === 'held') out['status'] = 'held';
  }
  if (list === 'decisions') {
    // Each charge's outcome the decision holds stays; the text adds those of charges it does not decide.
    out['outcomes'] = union(held['outcomes'] as Rec[], drafted['outcomes'] as Rec[], (o) =>
      String(o['charge']),
    );
    const sentence = held['sentence'] as unknown[] | undefined;
    if ((sentence ?? []).length === 0 && drafted['sentence'] !== undefined)
      out['sentence'] = drafted['sentence'];
    if (held['court'] === undefined && drafted['court'] !== undefined) out['court'] = drafted['court'];
  }
  if (list === 'cases') {
    out['participants'] = citedUnion(held['participants'], drafted['participants'], 'person');
    out['authorities'] = citedUnion(held['authorities'], drafted['authorities'], 'organisation');
    if ((out['authorities'] as Rec[]).length === 0) delete out['authorities'];
    const confirmed = laterConfirmed(
      held['confirmed'] as Rec | undefined,
      drafted['confirmed'] as Rec | undefined,
    );
    if (confirmed !== undefined) out['confirmed'] = confirmed;
    for (const key of ['title', 'summary'] as const)
      if (held[key] === undefined && drafted[key] !== undefined) out[key] = drafted[key];
  }
  return out;
}
