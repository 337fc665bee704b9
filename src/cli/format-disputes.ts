import type { DisputeFact, DisputedFacts, DisputedFigure } from '../core/facts/disputed.ts';
import { describePartialDate } from '../core/dates/describe-date.ts';
import { DurationSchema, formatDuration, type Duration } from '../core/dates/duration.ts';
import { PartialDateSchema } from '../core/dates/partial-date.ts';
import { SentenceComponentSchema, type SentenceComponent } from '../core/decision/decision.ts';
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

/** A sentence's components in words: "imprisonment 5 years (medium), fine 500 mci, suspended". */
function sentenceText(components: readonly SentenceComponent[]): string {
  return components
    .map((c) =>
      [
        words(c.type),
        c.term && formatDuration(c.term),
        c.amount && `${c.amount.value} ${c.amount.unit}`,
        c.regime && `(${words(c.regime)})`,
        c.isSuspended === true && 'suspended',
        c.probation && `probation ${formatDuration(c.probation)}`,
        c.activity,
      ]
        .filter((x) => typeof x === 'string' && x !== '')
        .join(' '),
    )
    .join(', ');
}

const words = (code: string) => code.replace(/_/g, ' ');

const isSentence = (value: unknown): value is SentenceComponent[] =>
  Array.isArray(value) && value.every((c) => SentenceComponentSchema.safeParse(c).success);

/** A value in words: a date as people write it, a day count, a span, a sentence, a word, else JSON. */
export function formatValue(value: unknown, unit = 'days'): string {
  if (typeof value === 'string') {
    const date = PartialDateSchema.safeParse(value);
    return date.success ? describePartialDate(date.data) : words(value);
  }
  if (isSentence(value)) return sentenceText(value);
  if (SentenceComponentSchema.safeParse(value).success) return sentenceText([value as SentenceComponent]);
  if (
    DurationSchema.safeParse(value).success &&
    typeof value === 'object' &&
    Object.keys(value ?? {}).length > 0
  )
    return formatDuration(value as Duration);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v.min === 'number' && typeof v.max === 'number')
      return formatRange({ min: v.min, max: v.max }, unit);
    if (typeof v.earliest === 'string' && typeof v.latest === 'string')
      return v.earliest === v.latest ? v.earliest : `${v.earliest} … ${v.latest}`;
    if (typeof v.text === 'string') return v.text;
  }
  return JSON.stringify(value);
}

function figureLine(f: DisputedFigure): string {
  const name = FIGURE_TEXT[f.figure] ?? f.figure;
  const show = (v: unknown) => formatValue(v, f.unit);
  const span = f.span !== undefined ? show(f.span) : f.values.map(show).join(' or ');
  const by = f.by.map((b) => `${b.record} ${b.path}`).join(', ');
  return `  ${f.subject} ${name}: ${span} (recorded: ${show(f.recorded)}; disputed by ${by})`;
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

/**
 * The line under a defendant's facts naming those of their figures that other accounts
 * change, so that no reader takes the recorded figure alone for certain; none when nothing of theirs is disputed.
 */
export function disputedNotice(d: DisputedFacts | undefined, person: string): string[] {
  const own = (d?.figures ?? []).filter((f) => f.subject === person);
  if (own.length === 0) return [];
  const names = [...new Set(own.map((f) => FIGURE_TEXT[f.figure] ?? f.figure.replace(/:.*/, '')))];
  return [
    `  ! Disputed: ${names.join(', ')} — other accounts give other figures (see "Disputed figures" below)`,
  ];
}

/** The disputed values of a case and the figures that span their accounts, for the CLI's text. */
export function disputedLines(d: DisputedFacts): string[] {
  const lines = ['Disputed values:', ...disputeLines(d.disputes).map((l) => `  ${l}`)];
  if (d.figures.length > 0) lines.push('Disputed figures (over the accounts):', ...d.figures.map(figureLine));
  else lines.push('  No computed figure differs between the accounts.');
  lines.push(`  ${d.note}`);
  return lines;
}
