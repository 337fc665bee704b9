import type { CaseFile } from '../case/case-file.ts';
import { maxDay, minDay, type Day } from '../dates/index.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { computeCredit } from './credit.ts';
import { measureTotals, personMeasures } from './measures.ts';
import type { ReleaseFact } from './releases.ts';
import { firstSentenceInForce, personStatus, type SentenceFact } from './status.ts';

/**
 * The end of a sentence whose entry into force is known only roughly, as tightly as the record allows. Taking
 * the earliest start with the most credit (and the latest with the least) pairs days that cannot go together:
 * custody runs until the sentence takes effect, so a later entry into force means more credit as well. The
 * end is computed again with the entry into force on its first and on its last possible day, and the range
 * spans those two. _Assumption:_ between them the end moves one way (it is start + term − credit, each linear in
 * the day). When the last possible day is after `asOf`, nothing is tried: the record after it is not used, and
 * the wider range stays.
 */
export function tightenSentenceEnd(
  sentence: SentenceFact | undefined,
  file: CaseFile,
  law: LegalKnowledge,
  person: string,
  asOf: Day,
  releases: readonly ReleaseFact[],
): SentenceFact | undefined {
  const e = sentence?.enteredIntoForce;
  if (!sentence?.endsOn || !e || e.earliest === e.latest || sentence.start.basis !== 'entry_into_force')
    return sentence;
  // A day after asOf is not tried: the wider bound stays.
  if (e.latest > asOf) return sentence;
  const first = pinnedEnd(sentence.decision, e.earliest, file, law, person, asOf, releases);
  const last = pinnedEnd(sentence.decision, e.latest, file, law, person, asOf, releases);
  if (!first || !last) return sentence;
  const bounds = {
    earliest: maxDay(minDay(first.earliest, last.earliest), sentence.endsOn.earliest),
    latest: minDay(maxDay(first.latest, last.latest), sentence.endsOn.latest),
  };
  return { ...sentence, endsOn: bounds };
}

/** The sentence's end with its decision taken to have entered into force on `day`. */
function pinnedEnd(
  decision: string,
  day: Day,
  file: CaseFile,
  law: LegalKnowledge,
  person: string,
  asOf: Day,
  releases: readonly ReleaseFact[],
): { earliest: Day; latest: Day } | undefined {
  const jurisdiction = file.case.jurisdiction;
  const decisions = file.decisions.map((d) => (d.id === decision ? { ...d, enteredIntoForce: day } : d));
  const sentenced = firstSentenceInForce(decisions, person, asOf);
  const measures = personMeasures(
    file.measures,
    person,
    jurisdiction,
    law,
    asOf,
    sentenced,
    releases.map((r) => r.date),
  );
  const credit = computeCredit(
    measureTotals(measures).byKind,
    law.creditRules(jurisdiction, asOf),
    law,
    jurisdiction,
    measures,
    asOf,
  );
  const types = law.sentenceTypes(jurisdiction);
  return personStatus(measures, decisions, person, asOf, types, credit, releases).sentence?.endsOn;
}
