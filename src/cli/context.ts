import { userInfo } from 'node:os';
import type { Actor, Role } from '../core/actor.ts';
import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import type { Store } from '../core/ports.ts';
import { loadLegalKnowledge } from '../store/law-files.ts';
import { openStore } from '../store/open-store.ts';
import { UsageError } from './output.ts';

/** What a command needs: the store, the law and the acting user, opened on first use and closed at the end. */
export interface CommandContext {
  env: NodeJS.ProcessEnv;
  actor: Actor;
  store(): Promise<Store>;
  law(): LegalKnowledge;
  close(): Promise<void>;
}

const ROLES: readonly Role[] = ['admin', 'editor', 'researcher', 'viewer', 'public'];

/** The CLI acts as a named user: CASEWATCH_USER (or the OS user) with CASEWATCH_ROLE (default admin: local access). */
export function cliActor(env: NodeJS.ProcessEnv): Actor {
  const given = env.CASEWATCH_USER?.trim();
  // Every revision names its author: an empty name is no name, so the OS user stands in.
  const name = given !== undefined && given !== '' ? given : userInfo().username;
  if (name === '')
    throw new UsageError('CASEWATCH_USER is empty and the OS user has no name: name the acting user');
  const role = (env.CASEWATCH_ROLE ?? 'admin') as Role;
  if (!ROLES.includes(role)) throw new UsageError(`CASEWATCH_ROLE must be one of ${ROLES.join(', ')}`);
  return { id: `cli:${name}`, name, roles: [role] };
}

/** Builds the context for one command run. */
export function createContext(env: NodeJS.ProcessEnv): CommandContext {
  let store: Promise<Store> | undefined;
  let law: LegalKnowledge | undefined;
  return {
    env,
    actor: cliActor(env),
    store: () => (store ??= openStore(env)),
    law: () => (law ??= loadLegalKnowledge(env.CASEWATCH_LAW_DIR ?? 'data/law')),
    close: async () => {
      if (store) await (await store).close();
    },
  };
}
