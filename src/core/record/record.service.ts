import { z } from 'zod';
import { assertAllowed, canReadRecord, type Guarded } from '../access/policy.ts';
import { meaningJson } from './canonical-json.ts';
import { releaseRecord, withheldFields } from '../access/release.ts';
import type { Session } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { pathSegments, type Dispute } from '../common/disputes.ts';
import { parseOrThrow } from '../common/zod-issues.ts';
import { DomainError } from '../errors.ts';
import type { RecordReader, RecordWriter, Stored } from '../ports.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from './record-kinds.ts';
import { referencesOf, type Reference } from './references.ts';

/**
 * Write services for every record kind, through the acting user's session: each write asks the policy first
 * (before the input is even checked), runs in one unit of work with its revision, and returns the record as its
 * writer may see it, with its version.
 */

/** Input checked by its kind's schema: the one place a zod error becomes a DomainError for single writes. */
export function parseRecord<K extends RecordKind>(kind: K, input: unknown): RecordOf<K> {
  return parseOrThrow(RECORD_KINDS[kind].schema, input) as RecordOf<K>;
}

const notFound = (kind: RecordKind, id: string) =>
  new DomainError('record.not_found', `no ${kind} with id "${id}"`);

/** The stored record if the actor may read it; a record they may not read does not exist for them. */
export async function readable<K extends RecordKind>(
  session: Session,
  tx: RecordReader,
  kind: K,
  id: string,
): Promise<Stored<K>> {
  const current = await tx.get(kind, id);
  if (current === undefined || !canReadRecord(session.actor, current.data)) throw notFound(kind, id);
  return current;
}

/** A writer may not put a record out of their own sight: they would write what they can no longer check. */
function assertKeepsSight(session: Session, kind: RecordKind, record: RecordOf<RecordKind>): void {
  if (!canReadRecord(session.actor, record))
    throw new DomainError(
      'auth.forbidden',
      `${session.actor.id} may not make ${kind} ${record.id} ${record.visibility}: it would be out of their sight`,
    );
}

export async function released<K extends RecordKind>(
  session: Session,
  stored: Stored<K>,
): Promise<Stored<K>> {
  const [data] = await session.release(stored.kind, [stored.data]);
  if (data === undefined) throw notFound(stored.kind, stored.id);
  return { ...stored, data };
}

/** Creates a record. */
export async function createRecord<K extends RecordKind>(
  session: Session,
  kind: K,
  input: unknown,
  options: { reason?: string } = {},
): Promise<Stored<K>> {
  assertAllowed(session.actor, 'write');
  const record = parseRecord(kind, input);
  const created = await session.write((tx) => createIn(session, tx, kind, record), options);
  return released(session, created);
}

/** The most records one write creates at once: a list typed in a form, not an import (which has its own path). */
export const MAX_CREATED_TOGETHER = 100;

/**
 * Creates several records of one kind, all or none: each is checked by the kind's schema and as any create is
 * (its references exist, its writer keeps it in sight), and a problem with one is placed under `$.records[i]`
 * with nothing written. The records may refer to each other only through records that exist already.
 */
export async function createRecords<K extends RecordKind>(
  session: Session,
  kind: K,
  inputs: unknown,
  options: { reason?: string } = {},
): Promise<Stored<K>[]> {
  assertAllowed(session.actor, 'write');
  const { records } = parseOrThrow(
    z.object({ records: z.array(RECORD_KINDS[kind].schema).min(1).max(MAX_CREATED_TOGETHER) }),
    { records: inputs },
  ) as { records: RecordOf<K>[] };
  const ids = new Set<string>();
  for (const [i, record] of records.entries()) {
    if (ids.has(record.id))
      throw new DomainError('validation.invalid', `${kind} ${record.id} is given twice`, [
        { code: 'validation.invalid', path: `$.records[${i}].id`, message: `"${record.id}" is given twice` },
      ]);
    ids.add(record.id);
  }
  const created = await session.write(async (tx) => {
    const written: Stored<K>[] = [];
    for (const [i, record] of records.entries()) {
      try {
        written.push(await createIn(session, tx, kind, record));
      } catch (e) {
        throw placedIn(e, `$.records[${i}]`, record.id);
      }
    }
    return written;
  }, options);
  return Promise.all(created.map((stored) => released(session, stored)));
}

/** A problem with one record of several, placed under its index ('$.records[2].lifecycle[0].date'). */
function placedIn(error: unknown, base: string, id: string): unknown {
  if (!(error instanceof DomainError)) return error;
  const issues = error.issues.map((issue) => ({
    ...issue,
    path:
      issue.path === undefined
        ? base
        : `${base}${issue.path.startsWith('$') ? issue.path.slice(1) : issue.path}`,
    record: issue.record ?? id,
  }));
  return new DomainError(error.code, error.message, issues, { cause: error });
}

/**
 * Creates a record checked by its kind's schema within a unit of work another write service runs: the references
 * it adds must exist, as for any create, and the writer keeps it in sight. The caller has asked the policy.
 */
export async function createIn<K extends RecordKind>(
  session: Session,
  tx: RecordWriter,
  kind: K,
  record: RecordOf<K>,
): Promise<Stored<K>> {
  assertKeepsSight(session, kind, record);
  await assertReferencesExist(session, tx, kind, record);
  return tx.create(kind, record);
}

/**
 * Replaces a record if it is still at `expectedVersion` (else 'record.conflict': someone changed it since it was
 * read). Fields the writer may not see are kept as stored: they can neither read nor change them.
 */
export async function updateRecord<K extends RecordKind>(
  session: Session,
  kind: K,
  input: unknown,
  expectedVersion: number,
  options: { reason?: string } = {},
): Promise<Stored<K>> {
  assertAllowed(session.actor, 'write');
  const given = parseRecord(kind, input);
  const stored = await session.write(
    async (tx) =>
      updateIn(session, tx, kind, await readable(session, tx, kind, given.id), () => given, expectedVersion),
    options,
  );
  return released(session, stored);
}

/**
 * Replaces a record read in this unit of work with what `change` makes of it as its writer may see it (fields
 * they may not see are kept as stored), at `expectedVersion`: the checks of any update, for write services that
 * change several records at once.
 */
export async function updateIn<K extends RecordKind>(
  session: Session,
  tx: RecordWriter,
  kind: K,
  current: Stored<K>,
  change: (seen: RecordOf<K>) => RecordOf<K>,
  expectedVersion: number = current.version,
): Promise<Stored<K>> {
  await assertSeesReferences(session, kind, current.data);
  const given = change(releaseRecord(session.actor, kind, current.data));
  const record = keepHiddenFields(session.actor, kind, current.data, given);
  assertKeepsSight(session, kind, record);
  // A save that changes nothing writes nothing: no version, no revision that says nothing happened. The record
  // stored is read as its schema reads it, as the record given was, and a list left empty says what none does.
  if (expectedVersion === current.version && saysTheSame(kind, current.data, record)) return current;
  await assertReferencesExist(session, tx, kind, record, current.data);
  return tx.update(kind, record, expectedVersion);
}

/** Whether a stored record and one given say the same, each read by the kind's schema. */
function saysTheSame<K extends RecordKind>(kind: K, stored: RecordOf<K>, given: RecordOf<K>): boolean {
  const read = RECORD_KINDS[kind].schema.safeParse(stored);
  return meaningJson(read.success ? read.data : stored) === meaningJson(given);
}

/**
 * Every record a record refers to must exist, as an import requires: a charge of no case, a participant who is
 * no person, a citation of no source would dangle. A record the writer may not read does not exist for them
 * (hidden ids cannot be learnt by trying them). An update is asked only about the references it adds: those
 * the record already had stay as they were (the ones in fields the writer may not see among them). Every
 * dangling reference is named by its path, and nothing is written.
 */
async function assertReferencesExist(
  session: Session,
  tx: RecordReader,
  kind: RecordKind,
  record: RecordOf<RecordKind>,
  before?: RecordOf<RecordKind>,
): Promise<void> {
  const key = (ref: Reference) => `${ref.kind}\u0000${ref.id}`;
  const had = new Set((before === undefined ? [] : referencesOf(kind, before)).map(key));
  const byKind = new Map<RecordKind, Reference[]>();
  for (const ref of referencesOf(kind, record)) {
    if (had.has(key(ref))) continue;
    const refs = byKind.get(ref.kind);
    if (refs === undefined) byKind.set(ref.kind, [ref]);
    else refs.push(ref);
  }
  const dangling: Reference[] = [];
  for (const [refKind, refs] of byKind) {
    const found = new Set(await tx.existing(refKind, [...new Set(refs.map((r) => r.id))]));
    const withheld = await session.withheldAmong(refKind, [...found]);
    dangling.push(...refs.filter((ref) => !found.has(ref.id) || withheld.has(ref.id)));
  }
  if (dangling.length === 0) return;
  const issues = dangling.map((ref) => ({
    code: 'reference.dangling' as const,
    path: `$${ref.path}`,
    message: `"${ref.id}" refers to no ${ref.kind}`,
  }));
  throw DomainError.fromIssues('reference.dangling', issues);
}

/**
 * A writer who may not see every record a record refers to (a restricted witness among a case's participants)
 * was shown it without them, or with their ids withheld: what they send back would drop those entries. Their
 * edit is refused, so that nothing they cannot see is lost; references in fields they may not see are kept
 * as stored anyway (keepHiddenFields) and do not count.
 */
async function assertSeesReferences(session: Session, kind: RecordKind, current: RecordOf<RecordKind>) {
  const seen = releaseRecord(session.actor, kind, current);
  const byKind = new Map<RecordKind, Set<string>>();
  for (const ref of referencesOf(kind, seen))
    byKind.set(ref.kind, (byKind.get(ref.kind) ?? new Set()).add(ref.id));
  let hidden = 0;
  for (const [k, ids] of byKind) hidden += (await session.withheldAmong(k, [...ids])).size;
  if (hidden > 0)
    throw new DomainError(
      'auth.forbidden',
      `${session.actor.id} may not edit ${kind} ${current.id}: it refers to ${hidden} record${hidden === 1 ? '' : 's'} they may not see, which their edit would drop; someone who may see ${hidden === 1 ? 'it' : 'them'} can`,
    );
}

/**
 * The record a writer gives, with the fields of the stored one they may not see kept as stored (their own field
 * visibilities with them): an update, or an import's merge, can neither read nor change them.
 */
export function keepHiddenFields<K extends RecordKind>(
  actor: Actor,
  kind: K,
  current: RecordOf<K>,
  given: RecordOf<K>,
): RecordOf<K> {
  const hidden = withheldFields(actor, kind, current);
  if (hidden.length === 0) return given;
  const merged: Record<string, unknown> = { ...given };
  const visibility: Record<string, unknown> = { ...(given.fieldVisibility ?? {}) };
  for (const field of hidden) {
    merged[field] = (current as Record<string, unknown>)[field];
    const own = current.fieldVisibility?.[field];
    if (own !== undefined) visibility[field] = own;
    else delete visibility[field];
  }
  if (Object.keys(visibility).length > 0) merged.fieldVisibility = visibility;
  const disputes = keepHiddenDisputes(hidden, current, given);
  if (disputes.length > 0) merged.disputes = disputes;
  else delete merged.disputes;
  return parseRecord(kind, merged);
}

/** The writer's disputes on the fields they see, and the stored ones on the fields they may not see. */
function keepHiddenDisputes(hidden: readonly string[], current: object, given: object): Dispute[] {
  const onHidden = (d: Dispute) => hidden.includes(pathSegments(d.path)[0] ?? '');
  const disputesOf = (r: object) => (r as { disputes?: Dispute[] }).disputes ?? [];
  return [...disputesOf(given).filter((d) => !onHidden(d)), ...disputesOf(current).filter(onHidden)];
}

/** Deletes a record at `expectedVersion`: a tombstone revision keeps what it was, so it can be restored. */
export async function deleteRecord(
  session: Session,
  kind: RecordKind,
  id: string,
  expectedVersion: number,
  options: { reason?: string } = {},
): Promise<void> {
  await session.write(async (tx) => {
    await readable(session, tx, kind, id);
    await assertNotReferred(session, tx, kind, id);
    await tx.remove(kind, id, expectedVersion);
  }, options);
}

/** Referrers a refusal to delete names, the first of them: enough to go and edit them. */
const NAMED_REFERRERS = 20;

/**
 * A record others refer to is not deleted: they would point at nothing (a case at a participant who is gone, a
 * charge at a source). The refusal names the referrers the deleter may read, so they can edit them first, and
 * says only that others exist when some are hidden from them.
 */
async function assertNotReferred(session: Session, tx: RecordReader, kind: RecordKind, id: string) {
  const referrers = await tx.referrers(kind, id);
  if (referrers.length === 0) return;
  const hidden = new Set<string>();
  for (const k of new Set(referrers.map((r) => r.kind)))
    for (const h of await session.withheldAmong(
      k,
      referrers.filter((r) => r.kind === k).map((r) => r.id),
    ))
      hidden.add(`${k} ${h}`);
  const seen = referrers.filter((r) => !hidden.has(`${r.kind} ${r.id}`));
  const issues = seen.slice(0, NAMED_REFERRERS).map((r) => ({
    code: 'record.referenced' as const,
    record: r.id,
    recordKind: r.kind,
    message: `${r.kind} ${r.id} refers to ${kind} ${id}`,
  }));
  const parts = issues.map((i) => `${i.recordKind} ${i.record}`);
  if (seen.length > issues.length) parts.push(`${seen.length - issues.length} more`);
  if (hidden.size > 0) parts.push('records you may not see');
  throw new DomainError(
    'record.referenced',
    `${kind} ${id} is not deleted: it is referred to by ${parts.join(', ')}; remove those references first`,
    issues,
  );
}

/**
 * Brings back a record as it was at an earlier version (after its change, or before its deletion): a new
 * revision, never a rewrite of history. A deleted record is created again, its versions continuing, if the
 * restorer could read it as it was when deleted. Fields of a live record the restorer may not see are kept as
 * they are now, as an update keeps them.
 */
export async function restoreRecord<K extends RecordKind>(
  session: Session,
  kind: K,
  id: string,
  version: number,
): Promise<Stored<K>> {
  const reason = `restored version ${version}`;
  const stored = await session.write(
    async (tx) => {
      const revisions = await tx.history(kind, id);
      const at = revisions.find((r) => r.version === version);
      const data = at?.after ?? at?.before;
      if (at === undefined || data === undefined || data === null)
        throw new DomainError('record.not_found', `${kind} ${id} has no version ${version} to restore`);
      const record = parseRecord(kind, data);
      if (!canReadRecord(session.actor, record)) throw notFound(kind, id);
      const current = await tx.get(kind, id);
      if (current === undefined) {
        // A deleted record is as confidential as it last was (its tombstone's before), as its history is.
        const gone = revisions.at(-1)?.before as Guarded | null | undefined;
        if (gone === undefined || gone === null || !canReadRecord(session.actor, gone))
          throw notFound(kind, id);
        await assertReferencesExist(session, tx, kind, record);
        return tx.create(kind, record);
      }
      if (!canReadRecord(session.actor, current.data)) throw notFound(kind, id);
      const restored = keepHiddenFields(session.actor, kind, current.data, record);
      await assertReferencesExist(session, tx, kind, restored, current.data);
      return tx.update(kind, restored, current.version);
    },
    { reason },
  );
  return released(session, stored);
}
