import { CURRENCY_CODE } from '../decision/decision.ts';
import { TIME_UNITS, unitDimension } from '../law/law-primitives.ts';

/** What the sentence checks need of a jurisdiction's law data (LegalKnowledge's JurisdictionInfo fits). */
export interface SentencingLaw {
  monetaryUnit: { key: string };
  sentenceTypes: readonly { key: string; unit?: string | undefined; deprivesLiberty: boolean }[];
  regimes: readonly { key: string }[];
}

/** A decision's sentence and money orders as the checks across records carry them: only what they check. */
export interface DecisionLink {
  case: string;
  sentence: {
    type: string;
    regime?: string;
    amountUnit?: string;
    hasTerm?: boolean;
  }[];
  money: { amountUnit?: string }[];
}

/** Whether a money amount's unit is the jurisdiction's own unit or a currency. */
export function isMoneyUnit(unit: string, law: SentencingLaw): boolean {
  return unit === law.monetaryUnit.key || CURRENCY_CODE.test(unit);
}

const isTimeUnit = (unit: string) => (TIME_UNITS as readonly string[]).includes(unit);

/**
 * Checks a decision's sentence against its case's jurisdiction: each part's type and regime must be the
 * jurisdiction's, a regime only on a type that deprives of liberty, an amount in a unit that fits the type
 * (money in the jurisdiction's unit or a currency, hours of work, a time), a term only on a type counted in
 * time; a money order's amount is in the jurisdiction's unit or a currency. `report` gets the path within the
 * record ('.sentence[0].regime') and the message.
 */
export function checkDecisionSentence(
  link: DecisionLink,
  jurisdiction: string,
  law: SentencingLaw,
  report: (path: string, message: string) => void,
): void {
  const known = (xs: readonly { key: string }[]) => xs.map((x) => x.key).join(', ');
  link.sentence.forEach((c, i) => {
    const at = `.sentence[${i}]`;
    const type = law.sentenceTypes.find((t) => t.key === c.type);
    if (!type) {
      report(
        `${at}.type`,
        `unknown sentence type "${c.type}" for jurisdiction ${jurisdiction} (known: ${known(law.sentenceTypes)})`,
      );
    } else if (c.regime !== undefined && !type.deprivesLiberty) {
      report(`${at}.regime`, `a regime on "${c.type}", a sentence that does not deprive of liberty`);
    }
    if (c.regime !== undefined && !law.regimes.some((r) => r.key === c.regime)) {
      report(
        `${at}.regime`,
        `unknown regime "${c.regime}" for jurisdiction ${jurisdiction} (known: ${known(law.regimes) || 'none'})`,
      );
    }
    if (!type) return;
    if (c.amountUnit !== undefined) {
      const fits =
        type.unit === undefined
          ? false
          : unitDimension(type.unit) === 'money'
            ? isMoneyUnit(c.amountUnit, law)
            : unitDimension(type.unit) === 'work'
              ? c.amountUnit === 'hours'
              : isTimeUnit(c.amountUnit);
      if (!fits) {
        const expected =
          type.unit === undefined
            ? 'none: it has no size'
            : unitDimension(type.unit) === 'money'
              ? `"${law.monetaryUnit.key}" or a currency code such as "KZT"`
              : unitDimension(type.unit) === 'work'
                ? '"hours"'
                : 'years, months or days';
        report(
          `${at}.amount.unit`,
          `an amount in "${c.amountUnit}" does not fit "${c.type}" (expected ${expected})`,
        );
      }
    }
    if (c.hasTerm === true && (type.unit === undefined || !isTimeUnit(type.unit)))
      report(`${at}.term`, `a term on "${c.type}", which is not counted in time`);
  });
  link.money.forEach((m, i) => {
    if (m.amountUnit !== undefined && !isMoneyUnit(m.amountUnit, law))
      report(
        `.money[${i}].amount.unit`,
        `"${m.amountUnit}" is neither the jurisdiction's money unit "${law.monetaryUnit.key}" nor a currency code (ISO 4217, e.g. "KZT")`,
      );
  });
}
