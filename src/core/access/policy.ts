import type { Actor, Role } from '../actor.ts';
import type { Visibility } from '../common/visibility.ts';
import { DomainError } from '../errors.ts';
import type { ReadScope } from '../ports.ts';

/** What an actor may do; every service asks here first, so the rule lives in one place. */
export type Action = 'read' | 'write' | 'import' | 'export';

const WRITERS: ReadonlySet<Role> = new Set(['admin', 'editor', 'researcher']);
const INTERNAL_READERS: ReadonlySet<Role> = new Set(['admin', 'editor', 'researcher', 'viewer']);

/** The visibilities an actor may read by role: the public sees only what is published. */
export function readableVisibilities(actor: Actor): ReadonlySet<Visibility> {
  if (actor.roles.includes('admin')) return new Set(['public', 'internal', 'restricted']);
  if (actor.roles.some((r) => INTERNAL_READERS.has(r))) return new Set(['public', 'internal']);
  return new Set(['public']);
}

/**
 * The names under which a restricted record can be opened to the actor: 'user:NAME' and 'group:NAME'. Only
 * those who may read internal records can be named readers: the public is never one.
 */
export function principalsOf(actor: Actor): string[] {
  if (!actor.roles.some((r) => INTERNAL_READERS.has(r))) return [];
  return [
    ...(actor.user !== undefined ? [`user:${actor.user}`] : []),
    ...(actor.groups ?? []).map((g) => `group:${g}`),
  ];
}

/** What the database filters the actor's reads by. */
export function scopeOf(actor: Actor): ReadScope {
  return { visibilities: [...readableVisibilities(actor)], principals: principalsOf(actor) };
}

/** What the access decision of a record or a field rests on. */
export interface Guarded {
  visibility: Visibility;
  readers?: readonly string[] | undefined;
}

/**
 * True when the actor may read something of that visibility on that record: by role, or, when it is
 * restricted, as one of the record's named readers.
 */
export function canReadAt(actor: Actor, visibility: Visibility, record: Guarded): boolean {
  if (readableVisibilities(actor).has(visibility)) return true;
  if (visibility !== 'restricted' || record.readers === undefined) return false;
  const mine = new Set(principalsOf(actor));
  return record.readers.some((r) => mine.has(r));
}

/** True when the actor may read the record: the same rule the database applies through `scopeOf`. */
export function canReadRecord(actor: Actor, record: Guarded): boolean {
  return canReadAt(actor, record.visibility, record);
}

/** True when the actor may read a record of that visibility by role alone (no named readers). */
export function canRead(actor: Actor, visibility: Visibility): boolean {
  return readableVisibilities(actor).has(visibility);
}

/** True when the actor may perform the action at all. */
export function isAllowed(actor: Actor, action: Action): boolean {
  switch (action) {
    case 'read':
      return true;
    case 'write':
    case 'import':
      return actor.roles.some((r) => WRITERS.has(r));
    case 'export':
      // The full export is a backup, restricted records included: only those who may read everything.
      return actor.roles.includes('admin');
  }
}

/** Throws 'auth.forbidden' unless the actor may perform the action. */
export function assertAllowed(actor: Actor, action: Action): void {
  if (!isAllowed(actor, action)) throw new DomainError('auth.forbidden', `${actor.id} may not ${action}`);
}
