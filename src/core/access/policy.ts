import type { Actor, Role } from '../actor.ts';
import type { Visibility } from '../common/visibility.ts';
import { DomainError } from '../errors.ts';

/** What an actor may do; every service asks here first, so the rule lives in one place. */
export type Action = 'read' | 'write' | 'import' | 'export';

const WRITERS: ReadonlySet<Role> = new Set(['admin', 'editor', 'researcher']);
const INTERNAL_READERS: ReadonlySet<Role> = new Set(['admin', 'editor', 'researcher', 'viewer']);

/** The visibilities an actor may read: the public sees only what is published. */
export function readableVisibilities(actor: Actor): ReadonlySet<Visibility> {
  if (actor.roles.includes('admin')) return new Set(['public', 'internal', 'restricted']);
  if (actor.roles.some((r) => INTERNAL_READERS.has(r))) return new Set(['public', 'internal']);
  return new Set(['public']);
}

/** True when the actor may read a record of that visibility. */
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
      // An export is a full backup, restricted records included: only those who may read everything.
      return actor.roles.includes('admin');
  }
}

/** Throws 'auth.forbidden' unless the actor may perform the action. */
export function assertAllowed(actor: Actor, action: Action): void {
  if (!isAllowed(actor, action)) throw new DomainError('auth.forbidden', `${actor.id} may not ${action}`);
}
