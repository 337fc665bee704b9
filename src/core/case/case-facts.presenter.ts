import type { CaseFacts } from '../facts/case-facts.ts';
import { DAY_COUNT_CONVENTION } from '../facts/conventions.ts';

/** The wire shape of a case's computed facts, the same for the API and the CLI's JSON. */
export type PresentedCaseFacts = ReturnType<typeof presentCaseFacts>;

/**
 * Presents computed facts: the fields a client may rely on, named once here, so that an internal field added to
 * the engine does not leave the core by accident.
 */
export function presentCaseFacts(facts: CaseFacts) {
  return {
    caseId: facts.caseId,
    title: facts.title,
    jurisdiction: facts.jurisdiction,
    asOf: facts.asOf,
    ...(facts.asOfChosen !== undefined ? { asOfChosen: facts.asOfChosen } : {}),
    ...(facts.horizon !== undefined ? { horizon: facts.horizon } : {}),
    dayCount: DAY_COUNT_CONVENTION,
    defendants: facts.defendants,
    charges: facts.charges,
    lineage: facts.lineage,
    exposure: facts.exposure,
    limitation: facts.limitation,
    amnesties: facts.amnesties,
    upcomingHearings: facts.upcomingHearings,
    warnings: facts.warnings,
    ...(facts.withheld !== undefined ? { withheld: facts.withheld } : {}),
    ...(facts.disputed !== undefined ? { disputed: facts.disputed } : {}),
  };
}
