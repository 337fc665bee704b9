/** The roles a user can hold; policies decide what each may do. */
export type Role = 'admin' | 'editor' | 'researcher' | 'viewer' | 'public';

/** Who is acting: every service call and every revision names one. The CLI and importers act as named users too. */
export interface Actor {
  id: string;
  name?: string;
  roles: readonly Role[];
  /** The account name a restricted record's readers name as 'user:NAME'; none for the public and the system. */
  user?: string;
  /** The groups (a legal team, a partner organisation) a restricted record's readers name as 'group:NAME'. */
  groups?: readonly string[];
}

/** The actor for work the system does on its own (migrations, demo loading). */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Casewatch', roles: ['admin'] };

/** Anyone on the internet: sees only what is published. */
export const PUBLIC_ACTOR: Actor = { id: 'public', name: 'Public', roles: ['public'] };
