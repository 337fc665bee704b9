import type { PresentedCase } from '../core/case/case.presenter.ts';
import { describePartialDate } from '../core/dates/describe-date.ts';

/** A code word for people: 'trial_session' → 'trial session'. */
const words = (code: string) => code.replace(/_/g, ' ');

/** A date column: the date as people write it, padded so the rows line up. */
const when = (date: string, width = 24) => {
  const text = describePartialDate(date);
  return text.length < width ? text.padEnd(width) : `${text}:`;
};

/** A case as readable text for the terminal. */
export function formatCaseFile(c: PresentedCase): string {
  const lines: string[] = [`${c.title}  [${c.id}]`, `Jurisdiction: ${c.jurisdiction}`];
  if (c.asOf !== undefined) lines.push(`As known on ${describePartialDate(c.asOf)}`);
  if (c.summary) lines.push('', c.summary);
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push('', `${title}:`, ...rows.map((r) => `  ${r}`));
  };
  section(
    'Participants',
    c.participants.map((p) => `${p.name} (${words(p.role)})`),
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
      ...ch.lifecycle.map(
        (s) =>
          `    ${when(s.date)} ${words(s.kind)}${s.authority ? ` by ${s.authority.name}` : ''}${s.successors ? ` → ${s.successors.join(', ')}` : ''}`,
      ),
    ]),
  );
  section(
    'Restraint measures',
    c.measures.flatMap((m) => [
      `${m.kindTitle} (${m.person?.name ?? ''})  [${m.id}]`,
      ...m.steps.map((s) => `    ${when(s.date)} ${words(s.kind)}${s.successor ? ` → ${s.successor}` : ''}`),
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
