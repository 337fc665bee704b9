import type { CaseFacts } from '../core/facts/case-facts.ts';
import type { AmnestyFact } from '../core/facts/amnesty.ts';
import { formatBounds } from '../core/facts/fact-dates.ts';

function amnestyLine(a: AmnestyFact): string {
  const effects = a.effects
    .map((e) =>
      e.effect === 'release'
        ? `${e.gravity.replace(/_/g, ' ')}: release`
        : `${e.gravity.replace(/_/g, ' ')}: sentence cut by ${e.reduceBy?.numerator ?? '?'}/${e.reduceBy?.denominator ?? '?'}`,
    )
    .join('; ');
  const covers =
    a.covers === 'yes' ? 'covers it' : a.covers === 'possibly' ? 'possibly covers it' : 'does not cover it';
  const why = a.reasons.length > 0 ? ` (${a.reasons.join('; ')})` : '';
  return `    amnesty ${a.number} "${a.title}" [${a.amnesty}]: ${covers}${why}${effects && a.covers !== 'no' ? `; ${effects}` : ''}`;
}

/**
 * Per charge: when the act was committed, which day's law judges it and why, its limitation and the amnesties
 * that may cover it; nothing for a charge the law data says nothing about.
 */
export function liabilityLines(facts: CaseFacts): string[] {
  const lines: string[] = [];
  for (const c of facts.charges) {
    const limitation = facts.limitation.find((l) => l.charge === c.id);
    const amnesties = facts.amnesties.filter((a) => a.charge === c.id);
    if (!c.actDate && !limitation && amnesties.length === 0) continue;
    const act = c.actDate ? `act ${formatBounds(c.actDate)}` : 'act date not recorded';
    const law = c.lawInTime ? `; law of ${c.lawInTime.lawDate}: ${c.lawInTime.reason}` : '';
    lines.push(`  ${c.article} [${c.id}]: ${act}${law}`);
    if (limitation) lines.push(`    limitation: ${limitation.text}`);
    lines.push(...amnesties.map(amnestyLine));
  }
  return lines.length > 0 ? ['', 'Law in time, limitation, amnesty:', ...lines] : [];
}
