import { originsOf, type ChargeOrigin } from '../charge/charge.ts';
import type { Range } from '../dates/index.ts';
import type { ArticleRef } from '../law/law.ts';
import { isChargeVisible, type ChargeHistory, type ChargeStepFact } from './charge-history.ts';
import { gapDays, type DatedBounds } from './fact-dates.ts';

/** How one charge led to another. */
export type LineageKind = ChargeOrigin['kind'];

/** One link in a charge family: the earlier charge ended (end step) and the later one was brought (gap). */
export interface LineageLink {
  from: string;
  to: string;
  kind: LineageKind;
  fromArticle: string;
  toArticle: string;
  endStep?: Pick<ChargeStepFact, 'kind' | 'date' | 'earliest' | 'latest' | 'isExact'>;
  brought?: DatedBounds;
  /** Days from the earlier charge's end step to the later charge's 'brought' step (never below 0). */
  gapDays?: Range;
  isGapExact: boolean;
  /** The later charge cites the identical article and part as the charge it came from. */
  sameArticleAsOrigin: boolean;
  /** The later charge cites the identical article and part as some earlier charge of its family. */
  sameArticleInFamily: boolean;
}

/** Charges linked by reclassification, re-bringing, merger or split, oldest first. */
export interface ChargeFamily {
  root: string;
  charges: string[];
  links: LineageLink[];
}

const HANDOVER_KIND: Partial<Record<ChargeStepFact['kind'], LineageKind>> = {
  reclassified: 'reclassification',
  merged: 'merger',
  split: 'split',
};

/** True when two references cite the same article and part (and paragraph) of the same code. */
export function isSameArticle(a: ArticleRef, b: ArticleRef): boolean {
  return (
    a.jurisdiction === b.jurisdiction &&
    a.code === b.code &&
    a.article === b.article &&
    a.part === b.part &&
    a.paragraph === b.paragraph
  );
}

function edges(histories: readonly ChargeHistory[]): { from: string; to: string; kind: LineageKind }[] {
  const out = new Map<string, { from: string; to: string; kind: LineageKind }>();
  for (const h of histories) {
    for (const origin of originsOf(h))
      for (const from of origin.from) out.set(`${from}>${h.id}`, { from, to: h.id, kind: origin.kind });
    for (const step of h.steps) {
      const kind = HANDOVER_KIND[step.kind];
      if (!kind || step.happened === 'no') continue;
      for (const to of step.successors ?? [])
        if (!out.has(`${h.id}>${to}`)) out.set(`${h.id}>${to}`, { from: h.id, to, kind });
    }
  }
  return [...out.values()];
}

function endStepFor(from: ChargeHistory, to: string): ChargeStepFact | undefined {
  const counted = from.steps.filter((s) => s.happened !== 'no');
  return counted.find((s) => s.successors?.includes(to)) ?? from.end;
}

/** The families of linked charges as of the date, with the gap between each end and the next beginning. */
export function chargeLineage(histories: readonly ChargeHistory[]): ChargeFamily[] {
  const visible = new Map(histories.filter(isChargeVisible).map((h) => [h.id, h]));
  const links: LineageLink[] = [];
  for (const e of edges([...visible.values()])) {
    const from = visible.get(e.from);
    const to = visible.get(e.to);
    if (!from || !to) continue;
    const end = endStepFor(from, to.id);
    // A reclassification and the charge it makes, dated alike, are one act: nothing lies between them, however
    // vague the date ("November 2022" for both is the same day of it, not 0–29 days).
    const isOneAct = e.kind === 'reclassification' && end !== undefined && end.date === to.brought?.date;
    const gap = isOneAct ? { min: 0, max: 0 } : end && to.brought ? gapDays(end, to.brought) : undefined;
    links.push({
      from: from.id,
      to: to.id,
      kind: e.kind,
      fromArticle: from.article,
      toArticle: to.article,
      ...(end
        ? {
            endStep: {
              kind: end.kind,
              date: end.date,
              earliest: end.earliest,
              latest: end.latest,
              isExact: end.isExact,
            },
          }
        : {}),
      ...(to.brought ? { brought: to.brought } : {}),
      ...(gap ? { gapDays: gap } : {}),
      isGapExact: gap !== undefined && gap.min === gap.max,
      sameArticleAsOrigin: isSameArticle(from.ref, to.ref),
      sameArticleInFamily: false,
    });
  }
  return groupFamilies(links, visible);
}

function groupFamilies(links: LineageLink[], byId: ReadonlyMap<string, ChargeHistory>): ChargeFamily[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  for (const l of links) parent.set(find(l.to), find(l.from));
  const groups = new Map<string, string[]>();
  for (const id of new Set(links.flatMap((l) => [l.from, l.to]))) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const order = (a: string, b: string) =>
    (byId.get(a)?.brought?.earliest ?? '').localeCompare(byId.get(b)?.brought?.earliest ?? '') ||
    a.localeCompare(b);
  return [...groups.values()].map((members) => {
    const charges = members.sort(order);
    const familyLinks = links.filter((l) => members.includes(l.from)).sort((a, b) => order(a.to, b.to));
    for (const l of familyLinks) {
      const to = byId.get(l.to);
      const earlier = charges.slice(0, charges.indexOf(l.to)).map((id) => byId.get(id));
      l.sameArticleInFamily =
        to !== undefined && earlier.some((h) => h !== undefined && isSameArticle(h.ref, to.ref));
    }
    return { root: charges[0] ?? '', charges, links: familyLinks };
  });
}
