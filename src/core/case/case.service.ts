import type { Session } from '../access/session.ts';
import { displayName } from '../common/names.ts';
import { DomainError, isDomainError } from '../errors.ts';
import type { Case } from './case.ts';
import { loadCaseFile, type CaseFile } from './case-file.ts';

/** A line in a list of cases. */
export interface CaseSummary {
  id: string;
  title: string;
  jurisdiction: string;
  defendants: { id: string; name: string }[];
  visibility: Case['visibility'];
}

/** A page of cases: at most the limit asked for, and where the next page starts when there may be one. */
export interface CasePage {
  cases: CaseSummary[];
  /** Pass as `after` for the next page; absent on the last page. */
  next?: string;
}

/** How many cases a page holds unless asked otherwise, and at most. */
export const CASE_PAGE = { default: 100, max: 1000 } as const;

/**
 * The cases the actor may see, by id, a page at a time, with their defendants' display names; with `person`,
 * those where that person takes part (if the actor may read the person: a hidden person's cases are none). The
 * database leaves out what the actor may not see, so a page is full unless it is the last, and the last has no
 * `next`.
 */
export async function listCases(
  session: Session,
  page: { limit?: number; after?: string; person?: string } = {},
): Promise<CasePage> {
  const limit = page.limit ?? CASE_PAGE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > CASE_PAGE.max)
    throw new DomainError('validation.invalid', `limit must be a whole number from 1 to ${CASE_PAGE.max}`, [
      { code: 'validation.invalid', message: `expected 1 to ${CASE_PAGE.max}`, field: 'limit' },
    ]);
  const ids = page.person !== undefined ? await casesOfReadablePerson(session, page.person) : undefined;
  if (ids !== undefined && ids.length === 0) return { cases: [] };
  // One case beyond the page is asked for, so that `next` is given only when another page has something.
  const rows = await session.list('case', {
    limit: limit + 1,
    ...(page.after !== undefined ? { after: page.after } : {}),
    ...(ids !== undefined ? { ids } : {}),
  });
  const cases = rows.slice(0, limit).map((r) => r.data);
  const last = cases[cases.length - 1];
  return {
    cases: await summarise(session, cases),
    ...(rows.length > limit && last !== undefined ? { next: last.id } : {}),
  };
}

/** The cases a person takes part in, if the actor may read the person: a link to a hidden person must not show. */
async function casesOfReadablePerson(session: Session, personId: string): Promise<string[]> {
  if ((await session.get('person', personId)) === undefined) return [];
  return session.casesOfPerson(personId);
}

/** Cases as lines of a list, with the names of the defendants the actor may read. */
export async function summarise(session: Session, cases: readonly Case[]): Promise<CaseSummary[]> {
  const defendantIds = [
    ...new Set(
      cases.flatMap((c) => c.participants.filter((p) => p.role === 'defendant').map((p) => p.person)),
    ),
  ];
  const persons = defendantIds.length > 0 ? await session.list('person', { ids: defendantIds }) : [];
  const names = new Map(persons.map((p) => [p.id, displayName(p.data.names)]));
  return cases.map((data) => ({
    id: data.id,
    title: data.title,
    jurisdiction: data.jurisdiction,
    defendants: data.participants
      .filter((p) => p.role === 'defendant' && names.has(p.person))
      .map((p) => ({ id: p.person, name: names.get(p.person) ?? p.person })),
    visibility: data.visibility,
  }));
}

/** How many candidates an ambiguous name lists. */
export const MAX_CANDIDATES = 20;

/**
 * Finds a case by id or by a defendant's name, among what the actor may read. An ambiguous name is a
 * 'record.ambiguous' error whose issues list the first MAX_CANDIDATES cases (id, title, defendants).
 */
export async function resolveCaseRef(session: Session, ref: string): Promise<string> {
  const direct = await session.get('case', ref);
  if (direct) return direct.id;
  // Only persons and cases the actor may read: a name must not confirm that a hidden person is a defendant.
  const caseIds = new Set<string>();
  for (const personId of await personsNamed(session, ref))
    for (const caseId of await session.casesOfPerson(personId, 'defendant')) caseIds.add(caseId);
  const found = [...caseIds].sort();
  if (found.length === 1 && found[0] !== undefined) return found[0];
  if (found.length === 0)
    throw new DomainError('record.not_found', `no case with id or defendant named "${ref}"`);
  const shown = await summarise(
    session,
    (await session.list('case', { ids: found.slice(0, MAX_CANDIDATES) })).map((r) => r.data),
  );
  const more = found.length > MAX_CANDIDATES ? ` (the first ${MAX_CANDIDATES} of ${found.length})` : '';
  throw new DomainError(
    'record.ambiguous',
    `"${ref}" matches ${found.length} cases${more}; give a case id or more of the name`,
    shown.map((c) => ({
      code: 'record.ambiguous' as const,
      message: `${c.title} (${c.defendants.map((d) => d.name).join(', ') || 'no defendant named'})`,
      field: c.id,
    })),
  );
}

/**
 * The persons the reader may read with a name that holds the text, as recorded (folded: case and diacritics), or,
 * when none does, one the search's name folding takes for the same name in another script, spelling or Russian
 * case ("Мамаем", "MAMAY Zhanbolat"). A store without a search index has the first only.
 */
async function personsNamed(session: Session, text: string): Promise<string[]> {
  const recorded = await session.findPersonsByName(text);
  if (recorded.length > 0) return recorded;
  try {
    const similar = await session.similarPersons([text]);
    const exact = similar.filter((p) => p.match === 'exact');
    return (exact.length > 0 ? exact : similar).map((p) => p.id);
  } catch (error) {
    if (isDomainError(error) && error.code === 'search.unavailable') return [];
    throw error;
  }
}

/**
 * A case file as the actor may see it: records they may not read are left out, every reference to them in what
 * remains is taken out or marked withheld, and `withheld` counts what is missing.
 */
export async function getCaseFile(session: Session, caseId: string): Promise<CaseFile> {
  return loadCaseFile(session, caseId);
}
