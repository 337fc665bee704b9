import type { Actor } from '../actor.ts';
import { canRead, readableVisibilities } from '../access/policy.ts';
import { displayName } from '../common/names.ts';
import { DomainError } from '../errors.ts';
import type { RecordReader } from '../ports.ts';
import type { Case } from './case.ts';
import { loadCaseFile, type CaseFile } from './case-file.ts';
import { withoutHidden } from '../access/redact.ts';

/** What the case services read from. */
export interface CaseDeps {
  reader: RecordReader;
}

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
 * The cases the actor may see, by id, a page at a time, with their defendants' display names. Cases the actor
 * may not see are skipped without counting: a page is full unless it is the last, and the last has no `next`.
 */
export async function listCases(
  deps: CaseDeps,
  actor: Actor,
  page: { limit?: number; after?: string } = {},
): Promise<CasePage> {
  const limit = page.limit ?? CASE_PAGE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > CASE_PAGE.max)
    throw new DomainError('validation.invalid', `limit must be a whole number from 1 to ${CASE_PAGE.max}`, [
      { code: 'validation.invalid', message: `expected 1 to ${CASE_PAGE.max}`, field: 'limit' },
    ]);
  // One case beyond the page is looked for, so that `next` is given only when another page has something.
  const found: Case[] = [];
  let cursor = page.after;
  for (;;) {
    const rows = await deps.reader.list('case', {
      limit: limit + 1,
      ...(cursor !== undefined ? { after: cursor } : {}),
    });
    for (const row of rows) {
      cursor = row.id;
      if (canRead(actor, row.data.visibility)) found.push(row.data);
      if (found.length > limit) break;
    }
    if (found.length > limit || rows.length <= limit) break;
  }
  const cases = found.slice(0, limit);
  const last = cases[cases.length - 1];
  return {
    cases: await summarise(deps, actor, cases),
    ...(found.length > limit && last !== undefined ? { next: last.id } : {}),
  };
}

async function summarise(deps: CaseDeps, actor: Actor, cases: readonly Case[]): Promise<CaseSummary[]> {
  const defendantIds = [
    ...new Set(
      cases.flatMap((c) => c.participants.filter((p) => p.role === 'defendant').map((p) => p.person)),
    ),
  ];
  const persons = defendantIds.length > 0 ? await deps.reader.list('person', { ids: defendantIds }) : [];
  const names = new Map(
    persons.filter((p) => canRead(actor, p.data.visibility)).map((p) => [p.id, displayName(p.data.names)]),
  );
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

/** Finds a case by id or by a defendant's name; an ambiguous name is an error that lists the candidates. */
export async function resolveCaseRef(deps: CaseDeps, actor: Actor, ref: string): Promise<string> {
  const direct = await deps.reader.get('case', ref);
  if (direct && canRead(actor, direct.data.visibility)) return direct.id;
  // Only persons the actor may read: a name must not confirm that a hidden person is a defendant.
  const found = await deps.reader.findPersonsByName(ref);
  const persons = found.length > 0 ? await deps.reader.list('person', { ids: found }) : [];
  const personIds = persons.filter((p) => canRead(actor, p.data.visibility)).map((p) => p.id);
  const caseIds = new Set<string>();
  for (const personId of personIds) {
    for (const caseId of await deps.reader.casesOfPerson(personId, 'defendant')) caseIds.add(caseId);
  }
  const visible: string[] = [];
  for (const id of caseIds) {
    const stored = await deps.reader.get('case', id);
    if (stored && canRead(actor, stored.data.visibility)) visible.push(id);
  }
  if (visible.length === 1 && visible[0] !== undefined) return visible[0];
  if (visible.length === 0)
    throw new DomainError('record.not_found', `no case with id or defendant named "${ref}"`);
  throw new DomainError(
    'record.ambiguous',
    `"${ref}" matches several cases: ${visible.sort().join(', ')}; give a case id`,
  );
}

/**
 * A case file as the actor may see it: records they may not read are left out, and so is every reference to
 * them in what remains (a participant, a court, a citation of a source), down to their ids.
 */
export async function getCaseFile(deps: CaseDeps, actor: Actor, caseId: string): Promise<CaseFile> {
  const file = await loadCaseFile(deps.reader, caseId);
  const allowed = readableVisibilities(actor);
  if (!allowed.has(file.case.visibility))
    throw new DomainError('record.not_found', `no case with id "${caseId}"`);
  const { case: kase, ...lists } = file;
  const hidden = new Set(
    Object.values(lists)
      .flat()
      .filter((r) => !allowed.has(r.visibility))
      .map((r) => r.id),
  );
  const keep = <T extends { visibility: Case['visibility'] }>(records: T[]) =>
    withoutHidden(
      records.filter((r) => allowed.has(r.visibility)),
      hidden,
    );
  return {
    case: withoutHidden(kase, hidden),
    charges: keep(file.charges),
    measures: keep(file.measures),
    hearings: keep(file.hearings),
    decisions: keep(file.decisions),
    persons: keep(file.persons),
    organisations: keep(file.organisations),
    events: keep(file.events),
    sources: keep(file.sources),
  };
}
