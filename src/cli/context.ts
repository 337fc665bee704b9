import { userInfo } from 'node:os';
import type { Actor, Role } from '../core/actor.ts';
import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import type { Store } from '../core/ports.ts';
import { openSession, type Session } from '../core/access/session.ts';
import { LAW_DIR } from '../data-dirs.ts';
import { loadLegalKnowledge } from '../store/law-files.ts';
import { openStore, type OpenStoreOptions } from '../store/open-store.ts';
import { UsageError } from './output.ts';

/** What a command needs: the store, the law and the acting user, opened on first use and closed at the end. */
export interface CommandContext {
  env: NodeJS.ProcessEnv;
  actor: Actor;
  /** The store itself: for what stands below sessions (serving, migrating); commands read through `session`. */
  store(): Promise<Store>;
  /** The acting user's session: every read and write of a command goes through it. */
  session(): Promise<Session>;
  law(): LegalKnowledge;
  close(): Promise<void>;
}

const ROLES: readonly Role[] = ['admin', 'editor', 'researcher', 'viewer', 'public'];

/**
 * The CLI acts as a named user: CASEWATCH_USER (or the OS user) with CASEWATCH_ROLE (default admin: local access),
 * in the groups CASEWATCH_GROUPS lists (comma-separated), which restricted records can name as readers.
 */
export function cliActor(env: NodeJS.ProcessEnv): Actor {
  const given = env.CASEWATCH_USER?.trim();
  // Every revision names its author: an empty name is no name, so the OS user stands in.
  const name = given !== undefined && given !== '' ? given : userInfo().username;
  if (name === '')
    throw new UsageError('CASEWATCH_USER is empty and the OS user has no name: name the acting user');
  const role = (env.CASEWATCH_ROLE ?? 'admin') as Role;
  if (!ROLES.includes(role)) throw new UsageError(`CASEWATCH_ROLE must be one of ${ROLES.join(', ')}`);
  const groups = (env.CASEWATCH_GROUPS ?? '')
    .split(',')
    .map((g) => g.trim())
    .filter((g) => g !== '');
  return { id: `cli:${name}`, name, user: name, roles: [role], ...(groups.length > 0 ? { groups } : {}) };
}

/** Builds the context for one command run. */
export function createContext(env: NodeJS.ProcessEnv, storeOptions: OpenStoreOptions = {}): CommandContext {
  let store: Promise<Store> | undefined;
  let law: LegalKnowledge | undefined;
  const actor = cliActor(env);
  return {
    env,
    actor,
    store: () => (store ??= openStore(env, storeOptions)),
    session: async () => openSession(await (store ??= openStore(env, storeOptions)), actor),
    law: () => (law ??= loadLegalKnowledge(env.CASEWATCH_LAW_DIR?.trim() || LAW_DIR)),
    close: async () => {
      // A store that failed to open has been reported already; there is nothing to close.
      const opened = await store?.catch(() => undefined);
      await opened?.close();
    },
  };
}
