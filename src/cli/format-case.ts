import type { PresentedCase } from '../core/case/case.presenter.ts';

/** A case as readable text for the terminal. */
export function formatCaseFile(c: PresentedCase): string {
  const lines: string[] = [`${c.title}  [${c.id}]`, `Jurisdiction: ${c.jurisdiction}`];
  if (c.summary) lines.push('', c.summary);
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push('', `${title}:`, ...rows.map((r) => `  ${r}`));
  };
  section(
    'Participants',
    c.participants.map((p) => `${p.name} (${p.role})`),
  );
  section(
    'Authorities',
    c.authorities.map((a) => `${a.name} (${a.role})`),
  );
  section(
    'Events',
    c.events.map((e) => `${e.start}${e.end ? ` – ${e.end}` : ''}  ${e.title}`),
  );
  section(
    'Charges',
    c.charges.flatMap((ch) => [
      `${ch.articleLabel} ${ch.articleTitle ?? ''}  [${ch.id}]`.trimEnd(),
      ...ch.lifecycle.map(
        (s) =>
          `    ${s.date.padEnd(11)} ${s.kind}${s.authority ? ` by ${s.authority.name}` : ''}${s.successors ? ` → ${s.successors.join(', ')}` : ''}`,
      ),
    ]),
  );
  section(
    'Restraint measures',
    c.measures.flatMap((m) => [
      `${m.kindTitle} (${m.person?.name ?? ''})  [${m.id}]`,
      ...m.steps.map((s) => `    ${s.date.padEnd(11)} ${s.kind}${s.successor ? ` → ${s.successor}` : ''}`),
      ...(m.reportedDuration?.text ? [`    reported: ${m.reportedDuration.text}`] : []),
    ]),
  );
  section(
    'Hearings',
    c.hearings.map(
      (h) =>
        `${h.date}${h.time ? ` ${h.time}` : ''}  ${h.kind} (${h.status})${h.court ? ` ${h.court.name}` : ''}`,
    ),
  );
  section(
    'Sources',
    c.sources.map(
      (s) =>
        `${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.publishedOn ? ` (${s.publishedOn})` : ''}  [${s.id}]`,
    ),
  );
  return lines.join('\n');
}
