import type { Duration } from '../../core/dates/duration.ts';
import type { SentenceComponent } from '../../core/decision/decision.ts';
import { NUMBER_START, readNumberAt } from './number-words.ts';
import { makeSuggestion, type Suggestion, type TextRange } from './suggestion.ts';

type SentenceSuggestion = Extract<Suggestion, { type: 'sentence' }>;
type Unit = 'years' | 'months' | 'days' | 'hours';

const UNITS: [RegExp, Unit][] = [
  [/\s*-?\s*(?:год(?:а|у|ам|ами|ах)?|лет|years?'?|жыл\p{L}*)(?!\p{L})/iuy, 'years'],
  [/\s*-?\s*(?:месяц(?:а|у|ев|ам|ами|ах|ем)?|months?'?|ай(?:ға|дан|ды|лық|ы)?)(?!\p{L})/iuy, 'months'],
  [
    /\s*-?\s*(?:д(?:ня|ней|ням|нями)|день|сут(?:ок|ки|кам)|days?'?|күн\p{L}*|тәулік\p{L}*)(?!\p{L})/iuy,
    'days',
  ],
  [/\s*-?\s*(?:час(?:а|ов|ам|ами)?|hours?'?|сағат\p{L}*)(?!\p{L})/iuy, 'hours'],
];
const ONE_AND_A_HALF = /(?:полтора|полутора)\s+(?:год\p{L}*|лет)(?!\p{L})/iuy;
/** Where a term may begin: a number, or «полтора» (a year and a half). */
const TERM_START = new RegExp(
  String.raw`${NUMBER_START.source}|(?<![\p{L}])(?:полтора|полутора)(?!\p{L})`,
  'giu',
);
const AND = /\s*(?:,|и|and|және)?\s*/iuy;

/** What kind of penalty the words beside a term name, most specific first. */
const TYPES: [RegExp, string][] = [
  [
    /ограничени\p{L}*\s+свободы|бас\s+бостандығын\s+шектеу\p{L}*|restrict\p{L}*\s+(?:of\s+)?(?:liberty|freedom)|restricted\s+freedom/iu,
    'restricted_freedom',
  ],
  [
    /лишени\p{L}*\s+свободы|колони\p{L}*|заключени\p{L}*(?!\s+(?:эксперт|специалист))|бас\s+бостандығынан\s+айыр\p{L}*|imprisonment|prison|(?:penal\s+)?colony/iu,
    'imprisonment',
  ],
  [/исправительн\p{L}*\s+работ\p{L}*|түзеу\s+жұмыс\p{L}*|correctional\s+labou?r/iu, 'correctional_labour'],
  [
    /общественн\p{L}*\s+работ\p{L}*|қоғамдық\s+жұмыс\p{L}*|public\s+works?|community\s+service/iu,
    'public_works',
  ],
  [
    /лишени\p{L}*\s+права\s+занимать\p{L}*|лишени\p{L}*\s+права|құқығынан\s+айыр\p{L}*|ban\s+on\s+(?:holding|engaging)/iu,
    'deprivation_of_right',
  ],
  [/(?<!домашн\p{L}*\s)(?<!house\s)(?:арест\p{L}*|қамаққа\s+алу\p{L}*|arrest)(?!\p{L})/iu, 'arrest'],
];
/** Old colony regimes are named as jurisdiction.json's formerTitles map them (a mapping it marks uncertain). */
const REGIMES: [RegExp, string][] = [
  [
    /колони\p{L}*[\s-]+поселени\p{L}*|settlement\s+colony|минимальной\s+безопасности|minimum[\s-]security|қауіпсіздігі\s+барынша\s+төмен/iu,
    'minimum',
  ],
  [
    /общего\s+режима|general[\s-]regime|средней\s+безопасности|medium[\s-]security|қауіпсіздігі\s+орташа|орташа\s+қауіпсіздік\p{L}*/iu,
    'medium',
  ],
  [
    /строгого\s+режима|strict[\s-]regime|максимальной\s+безопасности|maximum[\s-]security|қауіпсіздігі\s+барынша\s+жоғары/iu,
    'maximum',
  ],
  [
    /особого\s+режима|special[\s-]regime|чрезвычайной\s+безопасности|extraordinary[\s-]security|қауіпсіздігі\s+төтенше/iu,
    'extraordinary',
  ],
  [/тюрьм\p{L}*|полной\s+безопасности|full[\s-]security|толық\s+қауіпсіздік\p{L}*/iu, 'full'],
];
const SUSPENDED = /условн\p{L}*|suspended|шартты/iu;
const PROBATION_BEFORE =
  /(?:испытательн\p{L}*\s+срок\p{L}*(?:\s+(?:на|в))?|probation(?:ary)?(?:\s+period)?(?:\s+of)?|сынақ\s+мерзім\p{L}*)\s*$/iu;
const PROBATION_AFTER = /^\s*(?:сынақ\s+мерзім\p{L}*|probation\p{L}*)/iu;
/** A maximum or a range the law sets, not a sentence given: "до 10 лет", "up to 10 years", "maximum 10-year". */
const LIMIT_BEFORE =
  /(?:до|от|не\s+более|не\s+менее|свыше|более|up\s+to|maximum(?:\s+of)?|at\s+least|more\s+than|дейін|between|from)\s*$/iu;
const MONEY =
  /(?:штраф\p{L}*|исправительн\p{L}*\s+работ\p{L}*|fined?|correctional\s+labou?r)(?:\s+(?:в\s+(?:размере|сумме)|of|in\s+the\s+amount\s+of))?\s+/giu;
const MONEY_UNIT =
  /\s*(МРП|АЕК|MCI|месячн\p{L}*\s+расч[её]тн\p{L}*\s+показател\p{L}*|monthly\s+calculation\s+(?:indices|index|units?)|тенге|KZT|₸)(?!\p{L})(?:\s+(?:мөлшерінде\s+)?айыппұл\p{L}*)?/iuy;
const MONEY_KZ = /(?:айыппұл\p{L}*|fine)/iu;

interface Term extends TextRange {
  duration: Duration;
  hours?: number;
}

/** A term at `at`: "5 годам 6 месяцам", "five years and six months", "бес жыл", "10-year", "полтора года". */
function termAt(text: string, at: number): Term | undefined {
  ONE_AND_A_HALF.lastIndex = at;
  const half = ONE_AND_A_HALF.exec(text);
  if (half) return { start: at, end: at + half[0].length, duration: { years: 1, months: 6 } };
  const duration: Duration = {};
  let hours: number | undefined;
  let end = at;
  for (let pos = at; ;) {
    const n = readNumberAt(text, pos);
    if (!n) break;
    const unit = UNITS.find(([re]) => ((re.lastIndex = n.end), re.test(text)));
    if (!unit || duration[unit[1]] !== undefined) break;
    if (unit[1] === 'hours') hours = n.value;
    else duration[unit[1]] = n.value;
    end = unit[0].lastIndex;
    AND.lastIndex = end;
    pos = end + (AND.exec(text)?.[0].length ?? 0);
  }
  if (end === at) return undefined;
  return { start: at, end, duration, ...(hours !== undefined ? { hours } : {}) };
}

function firstMatch<T>(
  list: [RegExp, T][],
  text: string,
): { value: T; index: number; end: number } | undefined {
  let best: { value: T; index: number; end: number } | undefined;
  for (const [re, value] of list) {
    const m = re.exec(text);
    if (m && (best === undefined || m.index < best.index))
      best = { value, index: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** The text up to the next clause break or term, so that a word of the next clause is not read as this one's. */
function clauseAfter(text: string, from: number, length: number): string {
  const window = text.slice(from, from + length);
  const cut = window.search(/[;.](?:\s|$)(?!\s*г\.)|\n\n/u);
  return cut >= 0 ? window.slice(0, cut) : window;
}

/** Every sentence written in words: its type, term, regime, suspension and probation, or its amount. */
export function extractSentences(text: string): SentenceSuggestion[] {
  const terms: Term[] = [];
  TERM_START.lastIndex = 0;
  for (let m = TERM_START.exec(text); m; m = TERM_START.exec(text)) {
    const term = termAt(text, m.index);
    if (!term) continue;
    terms.push(term);
    TERM_START.lastIndex = term.end;
  }
  const found: { range: TextRange; component: SentenceComponent }[] = [];
  for (const [i, term] of terms.entries()) {
    const before = text.slice(Math.max(0, term.start - 60), term.start);
    if (PROBATION_BEFORE.test(before) || PROBATION_AFTER.test(text.slice(term.end, term.end + 30))) {
      // The probation of the sentence just before: in its clause, or in the verdict's next one («Назначенное
      // наказание считать условным с испытательным сроком 3 года»); the quote then covers both.
      const owner = found.at(-1);
      if (owner && owner.component.probation === undefined && term.start - owner.range.end < 300) {
        owner.component.probation = term.duration;
        if (SUSPENDED.test(before)) owner.component.isSuspended = true;
        owner.range.end = Math.max(owner.range.end, term.end);
      }
      continue;
    }
    if (LIMIT_BEFORE.test(before.replace(/\s*(?:к|на|сроком\s+на|сроком|for|to)?\s*$/iu, ''))) continue;
    const typed = typeOf(text, term, terms[i - 1]?.end ?? 0);
    if (!typed) continue;
    const component: SentenceComponent = { type: typed.type };
    if (term.hours !== undefined) component.amount = { value: term.hours, unit: 'hours' };
    if (Object.keys(term.duration).length > 0) component.term = term.duration;
    const after = clauseAfter(text, term.end, 140);
    if (typed.type === 'imprisonment') {
      const regime = firstMatch(REGIMES, after);
      if (regime) component.regime = regime.value;
    }
    const suspended = SUSPENDED.exec(after) ?? SUSPENDED.exec(before.split(/[;.]\s/u).at(-1) ?? '');
    if (suspended) component.isSuspended = true;
    found.push({ range: { start: typed.start, end: Math.max(typed.end, term.end) }, component });
  }
  found.push(...money(text, found), ...life(text));
  return found
    .sort((a, b) => a.range.start - b.range.start)
    .map((f) => makeSuggestion<SentenceSuggestion>(text, 'sentence', f.range, { components: [f.component] }));
}

/** The penalty a term is of: named just after it ("к 5 годам лишения свободы") or just before ("арест сроком на"). */
function typeOf(text: string, term: Term, from: number): ({ type: string } & TextRange) | undefined {
  const after = clauseAfter(text, term.end, 60);
  const next = firstMatch(TYPES, after);
  if (next && next.index <= 40) return { type: next.value, start: term.start, end: term.end + next.end };
  // Back to the term before at most: «к 4 годам лишения свободы с лишением права … сроком на 3 года».
  const window = text.slice(Math.max(from, term.start - 90), term.start);
  let last: { value: string; index: number } | undefined;
  for (const [re, value] of TYPES) {
    for (const m of window.matchAll(new RegExp(re.source, 'giu')))
      if (!last || m.index > last.index) last = { value, index: m.index };
  }
  if (!last || /[;.]\s/u.test(window.slice(last.index))) return undefined;
  return { type: last.value, start: term.start - window.length + last.index, end: term.end };
}

const LIFE =
  /пожизненн\p{L}*\s+лишени\p{L}*\s+свободы|life\s+imprisonment|өмір\s+бойы\s+бас\s+бостандығынан\s+айыр\p{L}*/giu;
const SENTENCED =
  /приговор\p{L}*|осужд\p{L}*|осуждён\p{L}*|назнач\p{L}*|sentenced|сотталд\p{L}*|тағайында\p{L}*/iu;

/** Life imprisonment, where the clause before it gives it («приговорён к пожизненному лишению свободы»). */
function life(text: string): { range: TextRange; component: SentenceComponent }[] {
  const out: { range: TextRange; component: SentenceComponent }[] = [];
  for (const m of text.matchAll(LIFE)) {
    const clause =
      text
        .slice(Math.max(0, m.index - 80), m.index)
        .split(/[;.]\s/u)
        .at(-1) ?? '';
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (SENTENCED.test(clause) || (m[0].startsWith('өмір') && SENTENCED.test(after)))
      out.push({
        range: { start: m.index, end: m.index + m[0].length },
        component: { type: 'life_imprisonment' },
      });
  }
  return out;
}

/** Fines and correctional labour in money: "штраф в размере 1000 МРП", "1000 АЕК мөлшерінде айыппұл". */
function money(
  text: string,
  taken: readonly { range: TextRange }[],
): { range: TextRange; component: SentenceComponent }[] {
  const out: { range: TextRange; component: SentenceComponent }[] = [];
  const add = (start: number, end: number, value: number, unitWord: string, type: string): void => {
    if (taken.some((t) => start < t.range.end && end > t.range.start)) return;
    const unit = /тенге|KZT|₸/iu.test(unitWord) ? 'KZT' : 'mci';
    out.push({ range: { start, end }, component: { type, amount: { value, unit } } });
  };
  for (const m of text.matchAll(MONEY)) {
    const n = readNumberAt(text, m.index + m[0].length);
    if (!n) continue;
    MONEY_UNIT.lastIndex = n.end;
    const unit = MONEY_UNIT.exec(text);
    if (!unit?.[1]) continue;
    const type = /исправит|correction/iu.test(m[0]) ? 'correctional_labour' : 'fine';
    add(m.index, n.end + unit[0].length, n.value, unit[1], type);
  }
  // Kazakh puts the amount first: «1000 АЕК мөлшерінде айыппұл».
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\d[\d  ]*(?=\s*(?:АЕК|МРП|тенге))/giu)) {
    const n = readNumberAt(text, m.index);
    if (!n) continue;
    MONEY_UNIT.lastIndex = n.end;
    const unit = MONEY_UNIT.exec(text);
    if (!unit?.[1] || !MONEY_KZ.test(unit[0])) continue;
    add(m.index, n.end + unit[0].length, n.value, unit[1], 'fine');
  }
  return out;
}
