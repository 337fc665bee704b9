/** The roles a user can hold; policies decide what each may do. */
export type Role = 'admin' | 'editor' | 'researcher' | 'viewer' | 'public';

/** Who is acting: every service call and every revision names one. The CLI and importers act as named users too. */
export interface Actor {
  id: string;
  name?: string;
  roles: readonly Role[];
}

/** The actor for work the system does on its own (migrations, demo loading). */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Casewatch', roles: ['admin'] };

/** Anyone on the internet: sees only what is published. */
export const PUBLIC_ACTOR: Actor = { id: 'public', name: 'Public', roles: ['public'] };
