import type { Authenticated } from '../core/accounts/auth.service.ts';
import type { Actor } from '../core/actor.ts';

/**
 * What every request carries through the HTTP layer: the actor it acts as, set once by authentication (a session
 * cookie or an API token; the public when neither), and read by every route to open the core's session. Nothing
 * in the HTTP layer decides what that actor may see or do: the session does.
 */
export interface AppEnv {
  Variables: {
    actor: Actor;
    /** The account behind the request (session or API token), when signed in: what /api/auth/* works on. */
    auth: Authenticated | undefined;
  };
}
