import type { ArticlesFile, Penalty } from './law-articles.ts';
import type { AmnestyFile, CreditFile } from './law-credit.ts';
import type { CodeIndexFile } from './law-index.ts';
import { checkCumulation, type CumulationFile } from './law-cumulation.ts';
import type { GravityFile, JurisdictionFile, SentenceType } from './law-jurisdiction.ts';
import type { ParticipationFile } from './law-participation.ts';
import { unitDimension } from './law-primitives.ts';
import type { CustodyLimitsFile, MeasuresFile } from './law-procedure.ts';
import type { LawInTimeFile } from './law-time.ts';

/** The files of one jurisdiction, keyed as in LAW_FILES; the shape the cross-file checks read. */
export interface LawPackFiles {
  jurisdiction: JurisdictionFile;
  gravity: GravityFile;
  criminalCode: ArticlesFile;
  administrativeCode?: ArticlesFile | undefined;
  measures?: MeasuresFile | undefined;
  custodyLimits?: CustodyLimitsFile | undefined;
  credit?: CreditFile | undefined;
  amnesty?: AmnestyFile | undefined;
  lawInTime?: LawInTimeFile | undefined;
  codeIndex?: CodeIndexFile | undefined;
  participation?: ParticipationFile | undefined;
  cumulation?: CumulationFile | undefined;
}

interface Reporter {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void;
}

/** Checks what no single file can: every key a file uses is defined in the file that owns it. */
export function checkLawPack(pack: LawPackFiles, ctx: Reporter): void {
  const j = pack.jurisdiction;
  const report = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  const known = (set: Set<string>, value: string, what: string, path: PropertyKey[]) => {
    if (!set.has(value))
      report(path, `unknown ${what} "${value}"; known: ${[...set].join(', ') || '(none)'}`);
  };
  const codes = new Set(j.codes.map((c) => c.id));
  const types = new Map(j.sentenceTypes.map((t) => [t.key, t]));
  const typeKeys = new Set(types.keys());
  const regimes = new Set(j.regimes.map((r) => r.key));
  const gravities = new Set(pack.gravity.categories.map((c) => c.key));
  const measures = new Set((pack.measures?.measures ?? []).map((m) => m.key));
  const money = j.monetaryUnit.key;

  j.sentenceTypes.forEach((t, i) => {
    if (t.unit !== undefined && unitDimension(t.unit) === 'money' && t.unit !== money)
      report(
        ['jurisdiction', 'sentenceTypes', i, 'unit'],
        `unknown unit "${t.unit}": money is stated in the jurisdiction's unit "${money}"`,
      );
  });

  for (const [key, file] of Object.entries(pack) as [string, { jurisdiction: string } | undefined][]) {
    if (file && file.jurisdiction !== j.jurisdiction) {
      report(
        [key, 'jurisdiction'],
        `jurisdiction "${file.jurisdiction}" does not match jurisdiction.json ("${j.jurisdiction}")`,
      );
    }
  }

  known(codes, pack.criminalCode.code, 'code', ['criminalCode', 'code']);
  pack.criminalCode.articles.forEach((a, ai) =>
    a.parts.forEach((p, pi) =>
      p.versions.forEach((v, vi) => {
        const at = ['criminalCode', 'articles', ai, 'parts', pi, 'versions', vi];
        if (v.gravity !== undefined) known(gravities, v.gravity, 'gravity category', [...at, 'gravity']);
        v.penalties?.forEach((pen, i) => {
          const type = types.get(pen.type);
          if (!type) known(typeKeys, pen.type, 'sentence type', [...at, 'penalties', i, 'type']);
          else checkPenaltyUnits(pen, type, money, [...at, 'penalties', i], report);
        });
      }),
    ),
  );

  if (pack.codeIndex) checkCodeIndex(pack.criminalCode, pack.codeIndex, report);

  pack.measures?.measures.forEach((m, i) =>
    known(codes, m.basis.code, 'code', ['measures', 'measures', i, 'basis', 'code']),
  );
  checkMeasureLaw(pack, { codes, gravities, types, money }, known, report);

  pack.custodyLimits?.versions.forEach((v, vi) => {
    const at = ['custodyLimits', 'versions', vi];
    known(codes, v.basis.code, 'code', [...at, 'basis', 'code']);
    v.tiers.forEach((t, ti) => {
      if (t.minGravity !== undefined)
        known(gravities, t.minGravity, 'gravity category', [...at, 'tiers', ti, 'minGravity']);
    });
    v.preQualification?.extendedFor.forEach((r, ri) =>
      known(codes, r.code, 'code', [...at, 'preQualification', 'extendedFor', ri, 'code']),
    );
  });

  pack.credit?.versions.forEach((v, vi) => {
    const at = ['credit', 'versions', vi];
    known(codes, v.basis.code, 'code', [...at, 'basis', 'code']);
    v.rules.forEach((rule, ri) => {
      known(measures, rule.measure, 'measure kind (measures.json)', [...at, 'rules', ri, 'measure']);
      rule.rates.forEach((rate, i) => {
        const path = [...at, 'rules', ri, 'rates', i];
        const type = types.get(rate.sentenceType);
        if (!type) known(typeKeys, rate.sentenceType, 'sentence type', [...path, 'sentenceType']);
        else if (!type.unit || expectedCreditUnit(type, money) !== rate.sentenceUnit) {
          report(
            [...path, 'sentenceUnit'],
            `${type.key} is credited in ${type.unit ? expectedCreditUnit(type, money) : 'no unit (life or death)'}, not ${rate.sentenceUnit}`,
          );
        }
        if (rate.regime !== undefined)
          known(regimes, rate.regime, 'imprisonment regime', [...path, 'regime']);
      });
    });
  });

  pack.amnesty?.amnesties.forEach((a, ai) => {
    a.effects.forEach((e, i) =>
      known(gravities, e.gravity, 'gravity category', ['amnesty', 'amnesties', ai, 'effects', i, 'gravity']),
    );
    a.excludedArticles.forEach((r, i) =>
      known(codes, r.code, 'code', ['amnesty', 'amnesties', ai, 'excludedArticles', i, 'code']),
    );
  });

  if (pack.lawInTime)
    known(codes, pack.lawInTime.rule.basis.code, 'code', ['lawInTime', 'rule', 'basis', 'code']);
  pack.lawInTime?.limitation.forEach((v, vi) => {
    const at = ['lawInTime', 'limitation', vi];
    known(codes, v.basis.code, 'code', [...at, 'basis', 'code']);
    v.neverSuspended?.forEach((g, i) =>
      known(gravities, g, 'gravity category', [...at, 'neverSuspended', i]),
    );
    v.noLimitation.forEach((g, gi) => {
      const gat = [...at, 'noLimitation', gi];
      if (g.minGravity !== undefined)
        known(gravities, g.minGravity, 'gravity category', [...gat, 'minGravity']);
      g.articles?.forEach((r, i) => known(codes, r.code, 'code', [...gat, 'articles', i, 'code']));
      g.ranges?.forEach((r, i) => known(codes, r.code, 'code', [...gat, 'ranges', i, 'code']));
    });
  });
  pack.participation?.versions.forEach((v, vi) => {
    for (const list of ['stages', 'roles'] as const)
      v[list].forEach((r, ri) => {
        const at = ['participation', 'versions', vi, list, ri];
        known(codes, r.basis.code, 'code', [...at, 'basis', 'code']);
        r.punishableGravities?.forEach((g, gi) =>
          known(gravities, g, 'gravity category', [...at, 'punishableGravities', gi]),
        );
      });
  });
  checkCumulation(pack.cumulation, { codes, gravities, types, money }, report);
}

/** The index names the same code as criminal-code.json, and every article whose sanction is known. */
function checkCodeIndex(
  code: ArticlesFile,
  index: CodeIndexFile,
  report: (path: PropertyKey[], message: string) => void,
): void {
  if (index.code !== code.code) {
    report(
      ['codeIndex', 'code'],
      `the index is of code "${index.code}" but criminal-code.json is of "${code.code}": they must be the same code`,
    );
    return;
  }
  const indexed = new Set(index.articles.map((a) => a.article));
  code.articles.forEach((a, i) => {
    if (!indexed.has(a.article))
      report(
        ['criminalCode', 'articles', i, 'article'],
        `article ${a.article} is not in the code's index (code-index.json): add it there with its title`,
      );
  });
}

/**
 * The administrative code and what measures cite: a known code, other than the criminal code; its articles'
 * gravities and penalties as for the criminal code; the codes of measures' limits and articles.
 */
function checkMeasureLaw(
  pack: LawPackFiles,
  keys: { codes: Set<string>; gravities: Set<string>; types: Map<string, SentenceType>; money: string },
  known: (set: Set<string>, value: string, what: string, path: PropertyKey[]) => void,
  report: (path: PropertyKey[], message: string) => void,
): void {
  const admin = pack.administrativeCode;
  if (admin) {
    known(keys.codes, admin.code, 'code', ['administrativeCode', 'code']);
    if (admin.code === pack.criminalCode.code)
      report(
        ['administrativeCode', 'code'],
        `"${admin.code}" is the criminal code, not an administrative one`,
      );
    admin.articles.forEach((a, ai) =>
      a.parts.forEach((p, pi) =>
        p.versions.forEach((v, vi) => {
          const at = ['administrativeCode', 'articles', ai, 'parts', pi, 'versions', vi];
          if (v.gravity !== undefined)
            known(keys.gravities, v.gravity, 'gravity category', [...at, 'gravity']);
          v.penalties?.forEach((pen, i) => {
            const type = keys.types.get(pen.type);
            if (!type)
              known(new Set(keys.types.keys()), pen.type, 'sentence type', [...at, 'penalties', i, 'type']);
            else checkPenaltyUnits(pen, type, keys.money, [...at, 'penalties', i], report);
          });
        }),
      ),
    );
  }
  pack.measures?.measures.forEach((m, i) => {
    const at = ['measures', 'measures', i];
    if (m.limit) known(keys.codes, m.limit.basis.code, 'code', [...at, 'limit', 'basis', 'code']);
    if (m.articleCode !== undefined) known(keys.codes, m.articleCode, 'code', [...at, 'articleCode']);
  });
}

function checkPenaltyUnits(
  p: Penalty,
  type: SentenceType,
  money: string,
  at: PropertyKey[],
  report: (path: PropertyKey[], message: string) => void,
): void {
  if (!type.unit) {
    const what = type.isDeath === true ? 'the death penalty' : 'for life';
    if (p.min || p.max) report(at, `${type.key} is ${what} and takes no min or max`);
    return;
  }
  if (p.life === true) report([...at, 'life'], `${type.key} is not a life sentence`);
  for (const bound of ['min', 'max'] as const) {
    const amount = p[bound];
    if (amount && unitDimension(amount.unit) !== unitDimension(type.unit)) {
      report([...at, bound, 'unit'], `${type.key} is measured in ${type.unit}, not ${amount.unit}`);
    } else if (amount && unitDimension(amount.unit) === 'money' && amount.unit !== money) {
      report([...at, bound, 'unit'], `unknown unit "${amount.unit}": money is stated in "${money}"`);
    }
  }
}

/** The unit a sentence type's credit is stated in: days of a term, hours of work, or the money unit. */
function expectedCreditUnit(type: SentenceType, money: string): string {
  const dim = type.unit ? unitDimension(type.unit) : 'time';
  return dim === 'money' ? money : dim === 'work' ? 'hours' : 'days';
}
