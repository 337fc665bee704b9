import { within } from './draft-text.ts';
import type { DraftCharge, DraftConduct } from './draft-types.ts';
import type { Events } from './implied-dates.ts';

// "charged … for his alleged role in the January 2022 protests", "за участие в массовых беспорядках": the acts a
// charge is brought for, to the end of the clause. Only a role, a part or participation in something, or acts said to
// be alleged, are taken: "for two years" or "for the second time" are not acts.
const FOR_ACTS =
  /\bfor\s+((?:(?:his|her|their)\s+)?(?:alleged(?:ly)?\s+|purported\s+)?(?:role|part|participation|involvement)\s+in\s+[^.;:!?()]+)/iu;
const FOR_ALLEGED = /\bfor\s+((?:his|her|their)\s+alleged\s+[^.;:!?()]+)/iu;
const ZA_ACTS = /(?<![\p{L}])за\s+((?:якобы\s+)?(?:участие|роль|причастность)\s+в\s+[^.;:!?()]+)/iu;

/**
 * The acts each charge is brought for, read in the sentence that names it after the offence ("charged … with
 * ‘organizing mass riots,’ for his alleged role in the January 2022 protests in Almaty"), with the day of the events
 * they name; a charge whose own sentence gives none takes those of the charges it is one with (reclassified from,
 * brought again after, or the other way), for they are the same acts, where only one set is given among them.
 */
export function chargeConduct(charges: readonly DraftCharge[], events: Events): (DraftConduct | undefined)[] {
  const inOrder = [...events.dates].sort((a, b) => a.start - b.start);
  const own = charges.map((c): DraftConduct | undefined => {
    const after = c.quote.text.slice(Math.max(0, c.quote.text.indexOf(c.label)));
    const m = FOR_ACTS.exec(after) ?? FOR_ALLEGED.exec(after) ?? ZA_ACTS.exec(after);
    const acts = m?.[1]?.replace(/[\s,]+$/u, '').trim();
    if (m === undefined || m === null || acts === undefined || acts === '') return undefined;
    const start = c.quote.start + (c.quote.text.length - after.length) + m.index + m[0].indexOf(acts);
    const range = { start, end: start + acts.length, text: acts };
    const event = inOrder.find((d) => within(d, range));
    return {
      text: acts,
      ...(event !== undefined
        ? { on: { date: event.date, isInferred: true, because: 'events_charged' as const } }
        : {}),
      quote: c.quote,
    };
  });
  return charges.map((_, i) => own[i] ?? shared(charges, own, i));
}

/** The acts the one charge of `i`'s lineage that names any gives, where exactly one does. */
function shared(
  charges: readonly DraftCharge[],
  own: readonly (DraftConduct | undefined)[],
  i: number,
): DraftConduct | undefined {
  const lineage = new Set([i]);
  for (let grown = true; grown;) {
    grown = false;
    charges.forEach((c, k) => {
      const linked = (c.from !== undefined && lineage.has(c.from)) || lineage.has(k);
      if (!linked) return;
      for (const j of [k, ...(c.from !== undefined ? [c.from] : [])])
        if (!lineage.has(j)) {
          lineage.add(j);
          grown = true;
        }
    });
  }
  const given = [...lineage].flatMap((k) => (own[k] !== undefined ? [own[k]] : []));
  return given.length === 1 ? given[0] : undefined;
}
