import { LABELS } from '../common/labels.ts';
import { describePartialDate, type Day } from '../dates/index.ts';
import type { Decision } from '../decision/decision.ts';
import type { Tri } from './fact-dates.ts';
import type { MeasureFact } from './measures.ts';
import type { ReleaseFact } from './releases.ts';
import type { SentenceFact } from './status.ts';

const on = (date: string) => describePartialDate(date);
const span = (b: { earliest: Day; latest: Day }) =>
  b.earliest === b.latest ? on(b.earliest) : `between ${on(b.earliest)} and ${on(b.latest)}`;

/** Why each status holds, in words a report can quote: the record it rests on and what is assumed. */
export const statusReason = {
  sentence(s: SentenceFact, status: 'serving_sentence' | 'on_probation'): string {
    const what = s.isSuspended ? `suspended ${s.title}` : s.title;
    const from =
      s.start.basis === 'recorded'
        ? `began ${on(s.start.date)}`
        : `in force since ${on(s.enteredIntoForce.date)}, counted from then`;
    const end = s.endsOn
      ? `; ${status === 'on_probation' ? 'probation' : 'the term'} ends ${span(s.endsOn)}`
      : '';
    return `${what} under ${s.decision}, ${from}${end}`;
  },
  pending(d: Decision, measures: readonly MeasureFact[], release: ReleaseFact | undefined): string {
    const state = d.enteredIntoForce
      ? `enters into force ${on(d.enteredIntoForce)}`
      : 'no entry into force recorded';
    const held =
      measures.length > 0
        ? `; the measure continues: ${measures.map((m) => m.title).join(', ')}`
        : release
          ? `; released ${on(release.date.date)}`
          : '';
    return `${LABELS.decisionKind[d.kind]} of ${on(d.date)} (${d.id}), ${state}${held}`;
  },
  measure(m: MeasureFact): string {
    const end = m.end ? `, ends ${on(m.end.date)}` : ', no end recorded';
    return `${m.title} (${m.id}) from ${on(m.start.date)}${end}`;
  },
  release(r: ReleaseFact): string {
    return `release recorded on ${on(r.date.date)}: ${LABELS.releaseReason[r.reason]}`;
  },
  termServed(s: SentenceFact): string {
    return `no release recorded; the term under ${s.decision}, with credit, ends ${s.endsOn ? span(s.endsOn) : 'on an unknown day'}`;
  },
  measureEnded(measures: readonly MeasureFact[]): string {
    const ended = measures.filter((m) => m.deprivesLiberty && m.end !== undefined);
    const last = ended.at(-1);
    return last?.end
      ? `${last.title} (${last.id}) ended ${on(last.end.date)}; no release recorded`
      : 'the measure may have ended; no release recorded';
  },
  atLiberty(everDeprived: Tri): string {
    return everDeprived === 'no'
      ? 'no measure or sentence depriving of liberty recorded by this day'
      : 'a measure recorded may not yet have begun';
  },
};
