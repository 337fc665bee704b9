import { LABELS, labelOf } from '../core/common/labels.ts';
import { formatDuration } from '../core/dates/index.ts';
import type { PenaltyFact } from '../core/facts/penalties.ts';
import { disputedLines, disputedNotice } from './format-disputes.ts';
import type { CaseFacts, DefendantFacts, UpcomingHearing } from '../core/facts/case-facts.ts';
import { describePartialDate } from '../core/dates/describe-date.ts';
import type { ChargeFamily } from '../core/facts/charge-lineage.ts';
import type { CustodyLimitFact } from '../core/facts/custody-limits.ts';
import { formatExposure } from '../core/facts/exposure.ts';
import { formatCumulative } from '../core/facts/cumulation.ts';
import { formatMoney } from '../core/facts/money.ts';
import { formatBounds, formatRange, type Tri } from '../core/facts/fact-dates.ts';
import type { MeasureFact } from '../core/facts/measures.ts';
import { deprivationLine, detentionLimitLines } from './format-detention.ts';
import { liabilityLines } from './format-liability.ts';

const STATUS_TEXT: Record<string, string> = LABELS.status;

const state = (s: string) => s.replace(/_/g, ' ');
const tri = (t: Tri, yes: string) => (t === 'yes' ? yes : t === 'possibly' ? `possibly ${yes}` : undefined);

/** ' (attempt, with Art. 24(3); organiser)': the stage and role a charge is brought with, if any. */
function qualifierText(x: { stage?: Qualified | undefined; role?: Qualified | undefined }): string {
  const words = [x.stage, x.role]
    .filter((q): q is Qualified => q !== undefined)
    .map((q) => `${'title' in q ? q.title : state(q.kind)}${qualifierRef(q)}`);
  return words.length > 0 ? ` (${words.join('; ')})` : '';
}

type Qualified = { kind: string; title?: string; qualifier?: string | { article: string; part?: string } };

function qualifierRef(q: Qualified): string {
  const r = q.qualifier;
  if (r === undefined) return '';
  return typeof r === 'string'
    ? `, with ${r}`
    : `, with Art. ${r.article}${r.part !== undefined ? `(${r.part})` : ''}`;
}

function chargeLine(c: CaseFacts['charges'][number]): string {
  const title = `${qualifierText(c)}${c.title ? ` ${c.title}` : ''}`;
  const when = c.brought ? `, brought ${formatBounds(c.brought)}` : '';
  const st = c.unconfirmed
    ? `${state(c.state)} (${c.unconfirmed.note})`
    : c.isStateCertain
      ? state(c.state)
      : `${state(c.state)} (possibly ${c.possibleStates
          .filter((s) => s !== c.state)
          .map(state)
          .join(' or ')})`;
  const ground = c.end?.ground ? ` (${labelOf('liabilityReleaseGround', c.end.ground)})` : '';
  const live = c.daysLive ? `; live ${formatRange(c.daysLive)}` : '';
  return `  ${c.article}${title} [${c.id}]${when}: ${st}${ground}${live}`;
}

function familyLines(f: ChargeFamily): string[] {
  return f.links.map((l) => {
    const gap = l.gapDays ? `, gap ${formatRange(l.gapDays)}` : '';
    const same = l.sameArticleAsOrigin
      ? ' (same article as the charge it came from)'
      : l.sameArticleInFamily
        ? ' (same article as an earlier charge in the family)'
        : '';
    return `  ${l.fromArticle} [${l.from}] → ${l.kind} → ${l.toArticle} [${l.to}]${gap}${same}`;
  });
}

function measureLine(m: MeasureFact): string {
  const end = m.end
    ? ` until ${formatBounds(m.end)} (${m.assumption ?? m.end.kind})`
    : m.unconfirmed
      ? ` (${m.unconfirmed.note})`
      : ' (open)';
  const now = m.inEffect === 'yes' ? ', in effect' : m.inEffect === 'possibly' ? ', possibly in effect' : '';
  const reported = m.reportedDuration
    ? `; reported ${m.reportedDuration.text ?? [m.reportedDuration.atLeast && `at least ${m.reportedDuration.atLeast}`, m.reportedDuration.atMost && `at most ${m.reportedDuration.atMost}`].filter(Boolean).join(', ')}`
    : '';
  return `    ${m.title}: from ${formatBounds(m.start)}${end}${now} — ${formatRange(m.days)}${reported}`;
}

function custodyLines(c: CustodyLimitFact): string[] {
  const flags = [
    tri(c.exceedsAbsoluteMax, 'exceeds the absolute maximum'),
    tri(c.exceedsTierAllowedByGravity, 'needs a tier the gravity of the charges does not open'),
    tri(c.ranPastPlannedEnd, 'no extension recorded past a planned end'),
  ].filter((x): x is string => x !== undefined);
  return [
    `  Continuous pre-trial custody: ${formatRange(c.days)} (${c.basis}; tier needed: ${c.tierNeeded.join(' or ')})`,
    ...flags.map((f) => `    ! ${f}`),
    ...c.notes.map((n) => `    note: ${n}`),
  ];
}

function penaltyLine(p: PenaltyFact): string {
  const what = `${p.title}${p.activity ? ` (${p.activity})` : ''}${p.term ? ` for ${formatDuration(p.term)}` : ''}${p.amount ? `: ${p.amount.value} ${p.amountUnitTitle ?? p.amount.unit}` : ''}`;
  const end = p.endsOn
    ? `, ends ${p.endsOn.earliest === p.endsOn.latest ? p.endsOn.earliest : `${p.endsOn.earliest} … ${p.endsOn.latest}`}${p.start ? ` (${LABELS.penaltyBasis[p.start.basis]})` : ''}`
    : p.term
      ? ', end unknown'
      : '';
  const now = p.inEffect === 'yes' ? ', in effect' : p.inEffect === 'no' ? ', ended' : '';
  return `Additional penalty: ${what}${end}${now}`;
}

function defendantLines(d: DefendantFacts): string[] {
  const s = d.status;
  const status = s.isCertain
    ? STATUS_TEXT[s.status]
    : `possibly ${STATUS_TEXT[s.status]} (or ${s.possible
        .filter((x) => x !== s.status)
        .map((x) => STATUS_TEXT[x])
        .join(', ')})`;
  const lines = [
    `${d.person.name} [${d.person.id}]: ${s.lastKnown ? lastKnownText(d) : (status ?? s.status)}`,
  ];
  if (d.horizon) lines.push(`  Own record: ${d.horizon.text}`);
  for (const r of s.reasons)
    lines.push(`    ${s.isCertain ? 'because' : `if ${STATUS_TEXT[r.status] ?? r.status}`}: ${r.reason}`);
  if (s.sentence?.endsOn)
    lines.push(
      `  Sentence (${s.sentence.title}) ends ${s.sentence.endsOn.earliest === s.sentence.endsOn.latest ? s.sentence.endsOn.earliest : `${s.sentence.endsOn.earliest} … ${s.sentence.endsOn.latest}`}`,
    );
  if (d.sentenceEnd) lines.push(`  ${d.sentenceEnd.isFlagged ? '! ' : ''}${d.sentenceEnd.explanation}`);
  const explained = d.sentenceEnd?.release;
  for (const r of d.releases.filter(
    (x) => x.date.date !== explained?.date.date || x.reason !== explained.reason,
  ))
    lines.push(
      `  Released ${formatBounds(r.date)}${r.happened === 'possibly' ? ' (possibly by this day)' : ''}: ${labelOf('releaseReason', r.reason)}`,
    );
  for (const p of d.penalties) lines.push(`  ${penaltyLine(p)}`);
  if (d.money.length > 0)
    lines.push('  Money ordered (each apart, never summed):', ...d.money.map((m) => `    ${formatMoney(m)}`));
  if (d.measures.length > 0) lines.push('  Measures:', ...d.measures.map(measureLine));
  lines.push(`  Deprived of liberty: ${formatRange(d.deprivedOfLiberty)}`);
  const apart = deprivationLine(d);
  if (apart) lines.push(apart);
  const credit = d.credit.filter((c) => c.amount.max > 0 && c.unit === 'days');
  if (credit.length > 0)
    lines.push(
      '  Credit towards a sentence:',
      ...credit.map(
        (c) =>
          `    ${c.sentenceTitle}${c.regimeTitle ? ` (${c.regimeTitle})` : ''}: ${formatRange(c.amount)}`,
      ),
    );
  for (const c of d.custodyLimits) lines.push(...custodyLines(c));
  for (const f of d.detentionLimits) lines.push(...detentionLimitLines(f));
  lines.push(`  Maximum exposure: ${formatExposure(d.exposure)}`);
  if (d.exposure.cumulative)
    lines.push(`    All live charges together: ${formatCumulative(d.exposure.cumulative)}`);
  return lines;
}

/** How an upcoming hearing was known on the day, and what was decided about it by then. */
function hearingKnownText(h: UpcomingHearing): string {
  const on = h.announcedOn !== undefined ? describePartialDate(h.announcedOn) : '';
  const known =
    h.knowledge === 'announced'
      ? `announced ${on}`
      : h.knowledge === 'perhaps_announced'
        ? `announced ${on}, perhaps after this day`
        : 'day it was announced not recorded';
  const changes = (h.changes ?? []).map(
    (c) =>
      `${c.kind} ${describePartialDate(c.decidedOn)}${c.to !== undefined ? ` to ${describePartialDate(c.to)}` : ''}`,
  );
  return [known, ...changes].join('; ');
}

function lastKnownText(d: DefendantFacts): string {
  const last = d.status.lastKnown;
  if (!last) return '';
  const words = (xs: readonly string[]) => xs.map((x) => STATUS_TEXT[x] ?? x).join(', ');
  const known = last.isCertain
    ? words([last.status])
    : `possibly ${words([last.status])} (or ${words(last.possible.filter((x) => x !== last.status))})`;
  const since = d.status.possible.filter((x) => x !== last.status);
  const maybe = since.length > 0 ? ` (may since be ${words(since)})` : '';
  return `last known: ${known} on ${last.on}, not confirmed since${maybe}`;
}

function headerLines(facts: CaseFacts): string[] {
  const chosen = facts.asOfChosen
    ? ` (today in ${facts.asOfChosen.timeZone}; --as-of DATE for another day)`
    : '';
  const record = facts.horizon
    ? `Record: ${facts.horizon.text}`
    : 'Record: it holds no dated fact, so how current it is cannot be told';
  return [`${facts.title} [${facts.caseId}] — as of ${facts.asOf}${chosen}`, record, ''];
}

/** The facts as readable text for the CLI: defendants, charges, lineage, exposure, hearings, warnings. */
export function formatCaseFacts(facts: CaseFacts): string {
  const lines = headerLines(facts);
  for (const d of facts.defendants)
    lines.push(...defendantLines(d), ...disputedNotice(facts.disputed, d.person.id), '');
  lines.push('Charges:', ...(facts.charges.length > 0 ? facts.charges.map(chargeLine) : ['  none yet']));
  if (facts.lineage.length > 0) lines.push('', 'Lineage:', ...facts.lineage.flatMap(familyLines));
  if (facts.exposure.charges.length > 0) {
    lines.push('', 'Exposure (live charges, by the law that judges each):');
    for (const e of facts.exposure.charges) {
      const term =
        e.isPunishable === 'no'
          ? 'not punishable at this stage for its gravity (exposes nothing)'
          : e.isPenaltyUnknown && e.partsInDoubt && e.maxImprisonment
            ? `imprisonment up to ${e.maxImprisonment.text} under the parts the law data has; penalty unknown for the others`
            : e.isPenaltyUnknown
              ? (e.penaltyUnknownNote ?? 'penalty unknown: not in the law data')
              : e.maxImprisonment
                ? `imprisonment up to ${e.maxImprisonment.text}`
                : 'no imprisonment';
      const prison = e.isDeathPenalty ? `the death penalty; otherwise ${term}` : term;
      const other = e.nonCustodialMaxima
        .map((n) => `${n.type.replace(/_/g, ' ')} up to ${n.max.value} ${n.unitLabel}`)
        .join('; ');
      lines.push(
        `  ${e.article}${qualifierText(e)}${e.partUnknown ? ' (part unknown: the maximum ranges over its parts)' : ''}${e.partsInDoubt ? ' (sources disagree on the part: the maximum spans them)' : ''}: ${prison}${other ? `; ${other}` : ''}`,
      );
    }
    lines.push(`  ${facts.exposure.note}`);
  }
  lines.push(...liabilityLines(facts));
  if (facts.upcomingHearings.length > 0) {
    lines.push(
      '',
      'Upcoming hearings:',
      ...facts.upcomingHearings.map(
        (h) =>
          `  ${formatBounds(h.date)}${h.time ? ` ${h.time}` : ''} ${h.kind.replace(/_/g, ' ')} (${h.status}; ${hearingKnownText(h)}${h.unconfirmed ? `; ${h.unconfirmed.note}` : ''})`,
      ),
    );
  }
  if (facts.warnings.length > 0)
    lines.push(
      '',
      'Warnings:',
      ...facts.warnings.map((w) => `  ${w.record}${w.path !== undefined ? ` ${w.path}` : ''}: ${w.message}`),
    );
  if (facts.withheld !== undefined) {
    const what = facts.withheld.records.map((r) => `${r.count} ${r.kind}${r.count === 1 ? '' : 's'}`);
    lines.push('', `Withheld from you: ${what.join(', ')}. ${facts.withheld.note}`);
    lines.push(`  Not certain because of it: ${facts.withheld.uncertain.join(', ')}.`);
  }
  if (facts.disputed !== undefined) lines.push('', ...disputedLines(facts.disputed));
  return lines.join('\n');
}
