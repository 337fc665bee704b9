import { labelOf } from '../core/common/labels.ts';
import type { PresentedCase } from '../core/case/case.presenter.ts';
import { disputedMark, disputeLines } from './format-disputes.ts';
import { describePartialDate } from '../core/dates/describe-date.ts';
import { formatDuration } from '../core/dates/duration.ts';

type PresentedDecision = PresentedCase['decisions'][number];

/** A code word for people: 'trial_session' → 'trial session'. */
const words = (code: string) => code.replace(/_/g, ' ');

/** A date column: the date as people write it, padded so the rows line up. */
const when = (date: string, width = 24) => {
  const text = describePartialDate(date);
  return text.length < width ? text.padEnd(width) : `${text}:`;
};

/** One part of a sentence in words: "imprisonment, 5 years, medium-security institution, principal". */
function sentencePart(p: PresentedDecision['sentence'][number]): string {
  const bits = [
    `${p.typeTitle}${p.activity ? ` (${p.activity})` : ''}`,
    p.term ? formatDuration(p.term) : undefined,
    p.amount ? `${p.amount.value} ${p.amountUnitTitle ?? p.amount.unit}` : undefined,
    p.regimeTitle,
    p.isSuspended ? 'suspended' : undefined,
    p.probation ? `probation ${formatDuration(p.probation)}` : undefined,
    p.startedOn ? `began ${describePartialDate(p.startedOn)}` : undefined,
    p.isPrincipal ? 'principal' : 'additional',
  ];
  return bits.filter((b): b is string => b !== undefined).join(', ');
}

/** A decision in words: kind, date, court, each charge's outcome, the sentence, entry into force and appeals. */
function decisionLines(d: PresentedDecision, articleOf: (charge: string) => string): string[] {
  const head = `${d.kindTitle[0]?.toUpperCase() ?? ''}${d.kindTitle.slice(1)} of ${describePartialDate(d.date)}${d.court ? `, ${d.court.name}` : ''} (${d.defendant?.name ?? ''})  [${d.id}]`;
  return [
    head,
    ...d.outcomes.map(
      (o) => `    ${articleOf(o.charge)}: ${o.outcomeTitle}${o.reason ? ` (${o.reason})` : ''}`,
    ),
    ...d.sentence.map((p) => `    sentence: ${sentencePart(p)}`),
    `    ${d.enteredIntoForce ? `entered into force ${describePartialDate(d.enteredIntoForce)}` : 'no entry into force recorded'}`,
    ...d.appeals.map(
      (a) => `    appeal by ${a.byTitle}, filed ${describePartialDate(a.filedOn)}: ${a.outcomeTitle}`,
    ),
  ];
}

/** How current the record is, in words: the day it states, or the latest dated fact and where it is. */
function recordLine(record: PresentedCase['record']): string {
  if (record === undefined) return 'Record: no dated fact, so how current it is cannot be told';
  if (record.basis === 'stated')
    return `Record: information confirmed until ${describePartialDate(record.on)}, as the record states`;
  return `Record: no day of confirmation stated; its latest dated fact is ${describePartialDate(record.on)} (${record.from.record} ${record.from.path})`;
}

/** A case as readable text for the terminal. */
export function formatCaseFile(c: PresentedCase): string {
  const lines: string[] = [`${c.title}  [${c.id}]`, `Jurisdiction: ${c.jurisdiction}`];
  if (c.asOf !== undefined) lines.push(`As known on ${describePartialDate(c.asOf)}`);
  lines.push(recordLine(c.record));
  if (c.summary) lines.push('', c.summary);
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push('', `${title}:`, ...rows.map((r) => `  ${r}`));
  };
  section(
    'Participants',
    c.participants.map(
      (p) =>
        `${p.name} (${words(p.role)})${p.confirmed ? `, confirmed until ${describePartialDate(p.confirmed.on)}` : ''}`,
    ),
  );
  section(
    'Authorities',
    c.authorities.map((a) => `${a.name} (${words(a.role)})`),
  );
  section(
    'Events',
    c.events.map(
      (e) =>
        `${when(`${describePartialDate(e.start)}${e.end ? ` – ${describePartialDate(e.end)}` : ''}`)}  ${e.title}`,
    ),
  );
  section(
    'Charges',
    c.charges.flatMap((ch) => [
      `${ch.articleLabel} ${ch.articleTitle ?? ''}  [${ch.id}]`.trimEnd(),
      ...(ch.actDate ? [`    ${when(ch.actDate.date)} the act committed`] : []),
      ...ch.lifecycle.map(
        (s, i) =>
          `    ${when(s.date)} ${words(s.kind)}${s.ground ? ` (${labelOf('liabilityReleaseGround', s.ground)})` : ''}${s.authority ? ` by ${s.authority.name}` : ''}${s.successors ? ` → ${s.successors.join(', ')}` : ''}${disputedMark(c.disputes, ch.id, `lifecycle/${i}`)}`,
      ),
    ]),
  );
  section(
    'Restraint measures',
    c.measures.flatMap((m) => [
      `${m.kindTitle}${m.articleLabel ? ` under ${m.articleLabel}` : ''} (${m.person?.name ?? ''})  [${m.id}]`,
      ...m.steps.map(
        (s, i) =>
          `    ${when(s.time ? `${describePartialDate(s.date)} ${s.time}` : s.date)} ${words(s.kind)}${s.successor ? ` → ${s.successor}` : ''}${disputedMark(c.disputes, m.id, `steps/${i}`)}`,
      ),
      ...(m.reportedDuration?.text ? [`    reported: ${m.reportedDuration.text}`] : []),
    ]),
  );
  section(
    'Hearings',
    c.hearings.flatMap((h) => [
      `${when(`${describePartialDate(h.date)}${h.time ? ` ${h.time}` : ''}`)}  ${words(h.kind)} (${h.status})${h.court ? ` ${h.court.name}` : ''}`,
      ...(h.announced
        ? [`    ${when(h.announced.on)} announced`]
        : c.asOf !== undefined
          ? ['    day it was announced not recorded: shown as if known then']
          : []),
      ...(h.changes ?? []).map(
        (ch) =>
          `    ${when(ch.decidedOn)} ${ch.kind}${ch.to !== undefined ? ` to ${describePartialDate(ch.to)}` : ''}`,
      ),
    ]),
  );
  const articles = new Map(c.charges.map((ch) => [ch.id, `${ch.articleLabel} [${ch.id}]`]));
  section(
    'Decisions',
    c.decisions.flatMap((d) => decisionLines(d, (id) => articles.get(id) ?? id)),
  );
  section(
    'Releases',
    c.releases.map(
      (r) =>
        `${when(r.date)}  ${r.person.name} released: ${r.reasonTitle}${r.decision ? ` (following ${r.decision})` : ''}`,
    ),
  );
  section('Disputed values', disputeLines(c.disputes));
  section(
    'Sources',
    c.sources.map(
      (s) =>
        `${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.publishedOn ? ` (${describePartialDate(s.publishedOn)})` : ''}  [${s.id}]`,
    ),
  );
  section(
    'Warnings (dates that contradict each other, kept with the record)',
    c.warnings.map((w) => `${w.kind} ${w.record} ${w.path}: ${w.message}`),
  );
  return lines.join('\n');
}
