import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { findArticlesByTitle } from '../../core/law/article-finder.ts';
import { elementsIn, isInForce } from '../../core/law/law.ts';
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
  elements: (a, onDay) => {
    const version = pack.elements?.versions.filter((v) => onDay === undefined || isInForce(v, onDay)).at(-1);
    return version === undefined ? undefined : elementsIn(version, a.code, a.article, a.part);
  },
};

const SEED = process.env['CASEWATCH_SEED_DIR'] ?? join('..', 'shared', 'seed');

/**
 * The seed dispatch's text; undefined, the test skipped, where the seed does not stand beside the repository
 * (in CI it must: the test fails).
 */
export function seedDispatch(t: TestContext): string | undefined {
  const file = join(SEED, '000_2ce4c6fe6cc542de.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  if (process.env['CI'] === 'true') assert.fail(`no seed text ${file}`);
  t.skip(`no seed text ${file}`);
  return undefined;
}

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
