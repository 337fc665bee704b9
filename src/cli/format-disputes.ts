import type { DisputeFact, DisputedFacts, DisputedFigure } from '../core/facts/disputed.ts';
import { formatRange } from '../core/facts/fact-dates.ts';

const FIGURE_TEXT: Record<string, string> = {
  status: 'status',
  deprivedOfLiberty: 'deprived of liberty',
  sentence: 'sentence',
  'sentence ends': 'sentence ends',
  exposure: 'maximum exposure',
  start: 'start',
  end: 'end',
  days: 'days',
  state: 'state',
};

/** A figure's value in words: a day count, a span of days, a word, or the value as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value.replace(/_/g, ' ');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v.min === 'number' && typeof v.max === 'number')
      return formatRange({ min: v.min, max: v.max });
    if (typeof v.earliest === 'string' && typeof v.latest === 'string')
      return v.earliest === v.latest ? v.earliest : `${v.earliest} … ${v.latest}`;
    if (typeof v.text === 'string') return v.text;
  }
  return JSON.stringify(value);
}

function figureLine(f: DisputedFigure): string {
  const name = FIGURE_TEXT[f.figure] ?? f.figure;
  const span = f.span !== undefined ? formatValue(f.span) : f.values.map(formatValue).join(' or ');
  const by = f.by.map((b) => `${b.record} ${b.path}`).join(', ');
  return `  ${f.subject} ${name}: ${span} (recorded: ${formatValue(f.recorded)}; disputed by ${by})`;
}

/** " (disputed: …)" after a line showing a part of a record whose values (some or all) are disputed; else ''. */
export function disputedMark(disputes: readonly DisputeFact[], record: string, prefix: string): string {
  const paths = disputes
    .filter((d) => d.record === record && (d.path === prefix || d.path.startsWith(`${prefix}/`)))
    .map((d) => d.path.slice(prefix.length + 1) || 'all');
  return paths.length > 0 ? ` (disputed: ${paths.join(', ')})` : '';
}

/** One line per disputed value: the record and path, the recorded account and the others with their sources. */
export function disputeLines(disputes: readonly DisputeFact[]): string[] {
  return disputes.map((x) => {
    const others = x.accounts.map((a) => {
      const cited = a.sources.map((s) => s.source).join(', ');
      return `${formatValue(a.value)}${cited ? ` [${cited}]` : ''}${a.note ? ` (${a.note})` : ''}`;
    });
    const note = x.note ? ` — ${x.note}` : '';
    return `${x.record} ${x.path}: recorded ${formatValue(x.recorded)}; other accounts: ${others.join('; ')}${note}`;
  });
}

/** The disputed values of a case and the figures that span their accounts, for the CLI's text. */
export function disputedLines(d: DisputedFacts): string[] {
  const lines = ['Disputed values:', ...disputeLines(d.disputes).map((l) => `  ${l}`)];
  if (d.figures.length > 0) lines.push('Disputed figures (over the accounts):', ...d.figures.map(figureLine));
  else lines.push('  No computed figure differs between the accounts.');
  lines.push(`  ${d.note}`);
  return lines;
}
