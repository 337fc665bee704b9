import { findArticlesByTitle } from '../../core/law/article-finder.ts';
import { readLawPack } from '../../store/law-files.ts';
import type { CaseDraft, DraftLaw } from './case-draft.ts';

// A draft's rows as short lines, as a researcher would check them against the text, for the drafting's tests.

const pack = readLawPack('data/law/kz');

/** The law data of Kazakhstan, as the drafting reads it. */
export const law: DraftLaw = {
  jurisdiction: 'kz',
  findArticles: (text) => findArticlesByTitle(pack, text),
  measures: pack.measures?.measures ?? [],
  sentenceTypes: pack.jurisdiction.sentenceTypes,
};

/** A charge as "article(part) began[from] date". */
export const charges = (d: CaseDraft) =>
  d.charges.map((c) => {
    const number =
      c.article === undefined ? '?' : `${c.article.article}${c.article.part ? `(${c.article.part})` : ''}`;
    return `${number} ${c.began}${c.from !== undefined ? `[${c.from}]` : ''} ${c.date?.date ?? '-'}`;
  });

/** A measure as "kind start length", and "ongoing" when the text says it still runs. */
export const measures = (d: CaseDraft) =>
  d.measures.map(
    (m) => `${m.kind} ${m.from?.date ?? '-'} ${m.duration ?? '-'}${m.isOngoing ? ' ongoing' : ''}`,
  );

/** A hearing as "kind day status [charges]". */
export const hearings = (d: CaseDraft) =>
  d.hearings.map((h) => `${h.kind} ${h.date.date} ${h.status} [${h.charges.join(',')}]`);

/** A verdict as "day outcome [charges] type term", "suspended" when it is, "every" when its sentence names none. */
export const verdicts = (d: CaseDraft) =>
  d.verdicts.map(
    (v) =>
      `${v.date.date} ${v.outcome} [${v.charges.join(',')}]${v.isEveryCharge ? ' every' : ''}` +
      (v.sentence === undefined
        ? ''
        : ` ${v.sentence.type ?? '?'} ${v.sentence.term ?? '?'}${v.sentence.isSuspended ? ' suspended' : ''}`),
  );
