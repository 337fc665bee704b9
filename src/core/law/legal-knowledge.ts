import { isDay } from '../dates/index.ts';
import { DomainError } from '../errors.ts';
import type {
  Amnesty,
  ArticleRef,
  LawInTimeRule,
  LimitationRules,
  CreditRules,
  CumulationRules,
  CustodyLimits,
  LawPack,
  LawSource,
  MeasureKind,
  ParticipationRules,
  Penalty,
  Regime,
  SentenceType,
  Term,
  Titles,
} from './law.ts';
import { elementsIn, isInForce, TIME_UNITS, type OffenceElement } from './law.ts';
import { formatArticleRef, type MaxImprisonment } from './law-helpers.ts';
import { articleKnowledge, indexedTitle, type ArticleKnowledge } from './article-knowledge.ts';
import { findArticlesByTitle, type FoundArticle } from './article-finder.ts';

export { articleKnowledgeGap, indexedTitle, type ArticleKnowledge } from './article-knowledge.ts';

export {
  creditRate,
  formatArticleRef,
  isTierOpen,
  type CaseFeatures,
  type MaxImprisonment,
  type ResolvedCreditRate,
} from './law-helpers.ts';

/** What a jurisdiction is: its names, codes, money unit, sentence types and imprisonment regimes. */
export interface JurisdictionInfo {
  code: string;
  names: Titles;
  codes: LawPack['jurisdiction']['codes'];
  monetaryUnit: LawPack['jurisdiction']['monetaryUnit'];
  sentenceTypes: SentenceType[];
  regimes: Regime[];
  timeZone: string;
  sources: LawSource[];
}

/** A gravity category as in force on a day, with its limitation period. */
export interface GravityCategory {
  key: string;
  rank: number;
  titles: Titles;
  definition: string;
  limitationPeriod: Term;
  imprisonmentUpTo?: Term | undefined;
  includesLife?: boolean | undefined;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  certainty: 'verified' | 'uncertain';
  note?: string | undefined;
}

/** One part of an article as worded on a day: what a charge under it exposes a person to. */
export interface ResolvedArticle {
  ref: ArticleRef;
  titles: Titles;
  partTitles?: Titles | undefined;
  /** Empty when the law data does not know the sanction (`isPenaltyUnknown`). */
  penalties: Penalty[];
  /** The article is in the law data, but not what it punishes with: never "no imprisonment". */
  isPenaltyUnknown: boolean;
  /** A penalty is the death penalty. */
  isDeathPenalty: boolean;
  /** Undefined when the law data does not know it. */
  gravity?: string | undefined;
  gravityRank?: number | undefined;
  limitationPeriod?: Term | undefined;
  maxImprisonment?: MaxImprisonment | undefined;
  effectiveFrom: string;
  effectiveTo?: string | undefined;
  certainty: 'verified' | 'uncertain';
  note?: string | undefined;
  sources: LawSource[];
  /** 'kz CC 272(1)' */
  label: string;
}

/** Read-only legal knowledge over validated packs: every lookup is by date of effect, and pure. */
export class LegalKnowledge {
  private readonly packs: ReadonlyMap<string, LawPack>;

  constructor(packs: LawPack[]) {
    this.packs = new Map(packs.map((p) => [p.jurisdiction.jurisdiction, p]));
  }

  /** The codes of the jurisdictions loaded, sorted. */
  jurisdictions(): string[] {
    return [...this.packs.keys()].sort();
  }

  /** The jurisdiction's basic facts; throws when it is not loaded. */
  jurisdiction(code: string): JurisdictionInfo {
    const j = this.pack(code).jurisdiction;
    return {
      code: j.jurisdiction,
      names: j.names,
      codes: j.codes,
      monetaryUnit: j.monetaryUnit,
      sentenceTypes: j.sentenceTypes,
      regimes: j.regimes,
      timeZone: j.timeZone,
      sources: j.sources,
    };
  }

  /** Where the jurisdiction's days begin and end (its law data's time zone); UTC for one without law data. */
  timeZoneOf(code: string): string {
    return this.packs.get(code)?.jurisdiction.timeZone ?? 'UTC';
  }

  /** The article part in force on `onDate`; undefined when unknown, not in force, or the part is needed but omitted. */
  articleVersion(ref: ArticleRef, onDate: string): ResolvedArticle | undefined {
    const parts = this.articleParts(ref, onDate);
    if (ref.part === undefined && this.findArticle(ref)?.parts.some((p) => p.part !== null)) return undefined;
    return parts.length === 1 ? parts[0] : undefined;
  }

  /** The parts in force on `onDate`: all of them when `ref.part` is omitted, else just that part (or none). */
  articleParts(ref: ArticleRef, onDate: string): ResolvedArticle[] {
    assertDay(onDate);
    const article = this.findArticle(ref);
    if (!article) return [];
    const out: ResolvedArticle[] = [];
    for (const p of article.parts) {
      if (ref.part !== undefined && p.part !== ref.part) continue;
      const v = p.versions.find((x) => isInForce(x, onDate));
      if (!v) continue;
      const gravity = v.gravity !== undefined ? this.gravity(ref.jurisdiction, v.gravity, onDate) : undefined;
      const penalties = v.penalties ?? [];
      const { part: _asked, ...base } = ref;
      const partRef: ArticleRef = p.part !== null ? { ...base, part: p.part } : base;
      out.push({
        ref: partRef,
        titles: article.titles,
        partTitles: p.titles,
        penalties: penalties.map((pen) => this.normalisePenalty(ref.jurisdiction, pen)),
        isPenaltyUnknown: v.penalties === undefined,
        isDeathPenalty: penalties.some((p) => this.sentenceType(ref.jurisdiction, p.type)?.isDeath === true),
        gravity: v.gravity,
        gravityRank: gravity?.rank,
        limitationPeriod: gravity?.limitationPeriod,
        maxImprisonment: this.maxImprisonment(ref.jurisdiction, penalties),
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        certainty: v.certainty,
        note: v.note,
        sources: v.sources ?? [],
        label: formatArticleRef(partRef),
      });
    }
    return out;
  }

  /** True when the article (and part, if given) exists in any version. */
  hasArticle(ref: ArticleRef): boolean {
    const article = this.findArticle(ref);
    return (
      article !== undefined && (ref.part === undefined || article.parts.some((p) => p.part === ref.part))
    );
  }

  /**
   * What the law data knows of the article: its sanction, only its title (the code's index), that it was
   * excluded from the code, or nothing (and why: jurisdiction, code, article or part unknown).
   */
  articleKnowledge(ref: ArticleRef): ArticleKnowledge {
    return articleKnowledge(this.packs, ref);
  }

  /** The article's title from the code's index (English where it has one), whatever else is known of it. */
  indexTitle(ref: ArticleRef): string | undefined {
    const entry = this.packs.get(ref.jurisdiction)?.codeIndex;
    const found =
      entry?.code === ref.code ? entry.articles.find((a) => a.article === ref.article) : undefined;
    return found ? indexedTitle(found) : undefined;
  }

  /** The criminal code's articles and parts whose titles hold the words typed, best first; none without law data. */
  findArticles(jurisdiction: string, text: string, limit?: number): FoundArticle[] {
    const pack = this.packs.get(jurisdiction);
    return pack ? findArticlesByTitle(pack, text, limit) : [];
  }

  /** A measure kind by key; undefined when the jurisdiction or the key is unknown. */
  measure(jurisdiction: string, key: string): MeasureKind | undefined {
    return this.packs.get(jurisdiction)?.measures?.measures.find((m) => m.key === key);
  }

  /** The measure kinds, most severe first; throws for an unknown jurisdiction. */
  measures(jurisdiction: string): MeasureKind[] {
    return [...(this.pack(jurisdiction).measures?.measures ?? [])].sort((a, b) => b.severity - a.severity);
  }

  /** Pre-trial custody limits in force on the day. */
  custodyLimits(jurisdiction: string, onDate: string): CustodyLimits | undefined {
    assertDay(onDate);
    return this.packs.get(jurisdiction)?.custodyLimits?.versions.find((v) => isInForce(v, onDate));
  }

  /** Rules for crediting time under a measure towards a sentence, in force on the day. */
  creditRules(jurisdiction: string, onDate: string): CreditRules | undefined {
    assertDay(onDate);
    return this.packs.get(jurisdiction)?.credit?.versions.find((v) => isInForce(v, onDate));
  }

  /** A gravity category as in force on the day, with its limitation period. */
  gravity(jurisdiction: string, category: string, onDate: string): GravityCategory | undefined {
    assertDay(onDate);
    const c = this.packs.get(jurisdiction)?.gravity.categories.find((x) => x.key === category);
    const v = c?.versions.find((x) => isInForce(x, onDate));
    if (!c || !v) return undefined;
    const { versions: _versions, ...rest } = c;
    return { ...rest, ...v };
  }

  /** The sentence types of a jurisdiction; throws for an unknown jurisdiction. */
  sentenceTypes(jurisdiction: string): SentenceType[] {
    return this.pack(jurisdiction).jurisdiction.sentenceTypes;
  }

  /** The rules for several offences sentenced together in force on a day; undefined without cumulation.json. */
  cumulationRules(jurisdiction: string, onDate: string): CumulationRules | undefined {
    assertDay(onDate);
    return this.packs.get(jurisdiction)?.cumulation?.versions.find((v) => isInForce(v, onDate));
  }

  /** Amnesty laws of a jurisdiction ([] when it has none on file). */
  amnesties(jurisdiction: string): Amnesty[] {
    return this.packs.get(jurisdiction)?.amnesty?.amnesties ?? [];
  }

  /** The rules on unfinished offences and complicity in force on the day; undefined when the pack has none. */
  participationRules(jurisdiction: string, onDate: string): ParticipationRules | undefined {
    assertDay(onDate);
    return this.packs.get(jurisdiction)?.participation?.versions.find((v) => isInForce(v, onDate));
  }

  /**
   * The elements of the offence under an article's part, as the elements data in force on the day lists them;
   * undefined when the data holds none for that article (or the jurisdiction has no elements file).
   */
  offenceElements(
    jurisdiction: string,
    code: string,
    article: string,
    part: string | undefined,
    onDate: string,
  ): OffenceElement[] | undefined {
    assertDay(onDate);
    const version = this.packs.get(jurisdiction)?.elements?.versions.find((v) => isInForce(v, onDate));
    return version === undefined ? undefined : elementsIn(version, code, article, part);
  }

  /** The jurisdiction's rule for the law in time; undefined when its pack has no law-in-time.json. */
  lawInTimeRule(jurisdiction: string): LawInTimeRule | undefined {
    return this.packs.get(jurisdiction)?.lawInTime?.rule;
  }

  /** The limitation rules (no-limitation offences, how the period runs) in force on the day. */
  limitationRules(jurisdiction: string, onDate: string): LimitationRules | undefined {
    assertDay(onDate);
    return this.packs.get(jurisdiction)?.lawInTime?.limitation.find((v) => isInForce(v, onDate));
  }

  /** Every day on which some part of the article begins a new version: where its wording can change. */
  articleVersionStarts(ref: ArticleRef): string[] {
    const parts = this.findArticle(ref)?.parts.filter((p) => ref.part === undefined || p.part === ref.part);
    const days = (parts ?? []).flatMap((p) => p.versions.map((v) => v.effectiveFrom));
    return [...new Set(days)].sort();
  }

  private pack(code: string): LawPack {
    const pack = this.packs.get(code);
    if (!pack) {
      throw new DomainError(
        'law.unknown_article',
        `unknown jurisdiction "${code}"; loaded: ${this.jurisdictions().join(', ') || '(none)'}`,
      );
    }
    return pack;
  }

  private findArticle(ref: ArticleRef) {
    const pack = this.packs.get(ref.jurisdiction);
    const code = [pack?.criminalCode, pack?.administrativeCode].find((c) => c?.code === ref.code);
    return code?.articles.find((a) => a.article === ref.article);
  }

  private sentenceType(jurisdiction: string, key: string): SentenceType | undefined {
    return this.packs.get(jurisdiction)?.jurisdiction.sentenceTypes.find((t) => t.key === key);
  }

  private normalisePenalty(jurisdiction: string, p: Penalty): Penalty {
    return this.sentenceType(jurisdiction, p.type)?.isLife === true ? { ...p, life: true } : p;
  }

  private maxImprisonment(jurisdiction: string, penalties: Penalty[]): MaxImprisonment | undefined {
    if (penalties.some((p) => this.sentenceType(jurisdiction, p.type)?.isLife === true))
      return { life: true };
    let best: MaxImprisonment | undefined;
    for (const p of penalties) {
      const max = p.max;
      if (p.type !== 'imprisonment' || !max || !isTimeUnit(max.unit)) continue;
      if (!best || best.life || termDays(max.value, max.unit) > termDays(best.value, best.unit)) {
        best = { life: false, value: max.value, unit: max.unit };
      }
    }
    return best;
  }
}

function isTimeUnit(unit: string): unit is Term['unit'] {
  return (TIME_UNITS as readonly string[]).includes(unit);
}

function termDays(value: number, unit: Term['unit']): number {
  return value * (unit === 'years' ? 365.25 : unit === 'months' ? 30.4375 : 1);
}

function assertDay(day: string): void {
  if (!isDay(day)) throw new DomainError('validation.invalid', `expected a day YYYY-MM-DD, got "${day}"`);
}
