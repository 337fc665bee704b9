import { canRead } from '../access/policy.ts';
import { SYSTEM_ACTOR, type Actor } from '../actor.ts';
import type { AccountStore } from './account-ports.ts';

const ACCOUNT = 'user:';
const CLI = 'cli:';

/**
 * The names a reader may be shown for the actors a history or a chain of custody records, by actor id: the one
 * rule of who is named to whom. The system is named to everyone. Staff (accounts, `user:ID`, and the command
 * line's users, `cli:NAME`) are named only to readers who may read internal records, by the account's display
 * name; a command-line user who has an account of that name is named as that account, else by the name given.
 * An id with no name (an account no longer there, the public) is left out: the reader sees the id. The accounts
 * are looked up at once, whatever the number of ids.
 */
export async function actorNames(
  reader: Actor,
  accounts: Pick<AccountStore, 'accountLabels'>,
  actorIds: Iterable<string>,
): Promise<Map<string, string>> {
  const distinct = new Set(actorIds);
  const names = new Map<string, string>();
  if (distinct.has(SYSTEM_ACTOR.id) && SYSTEM_ACTOR.name !== undefined)
    names.set(SYSTEM_ACTOR.id, SYSTEM_ACTOR.name);
  if (!canRead(reader, 'internal')) return names;
  const ids = [...distinct].filter((id) => id.startsWith(ACCOUNT));
  const cli = [...distinct].filter((id) => id.startsWith(CLI) && id.length > CLI.length);
  if (ids.length === 0 && cli.length === 0) return names;
  const labels = await accounts.accountLabels({
    ids: ids.map((id) => id.slice(ACCOUNT.length)),
    names: cli.map((id) => id.slice(CLI.length)),
  });
  const shown = (label: { name: string; displayName: string }) => label.displayName.trim() || label.name;
  const byId = new Map(labels.map((l) => [l.id, shown(l)]));
  const byName = new Map(labels.map((l) => [l.name, shown(l)]));
  for (const id of ids) {
    const name = byId.get(id.slice(ACCOUNT.length));
    if (name !== undefined) names.set(id, name);
  }
  for (const id of cli) names.set(id, byName.get(id.slice(CLI.length)) ?? id.slice(CLI.length));
  return names;
}

/**
 * Items that record an actor, each with `actorName` when the reader may be shown one (`actorNames`); for a reader
 * who may not read internal records, a staff member's id is replaced by `STAFF`.
 */
export async function withActorNames<T extends { actor: string }>(
  reader: Actor,
  accounts: Pick<AccountStore, 'accountLabels'>,
  items: readonly T[],
): Promise<(T & { actorName?: string })[]> {
  const names = await actorNames(
    reader,
    accounts,
    items.map((item) => item.actor),
  );
  const isStaffHidden = !canRead(reader, 'internal');
  return items.map((item) => {
    const actorName = names.get(item.actor);
    if (actorName !== undefined) return { ...item, actorName };
    // An account's id or a command-line user's name would tell the public who works on a case: they see "staff".
    return isStaffHidden && item.actor !== SYSTEM_ACTOR.id ? { ...item, actor: STAFF } : item;
  });
}

/** The actor the public is shown for any member of staff. */
export const STAFF = 'staff';
