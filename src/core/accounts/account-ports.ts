import type { ApiToken, LoginSession, User } from './account.ts';

/** Hashes and checks passwords (argon2id at the edge); slow on purpose. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Randomness and digests (node:crypto at the edge): secrets are made here and kept only as digests. */
export interface Secrets {
  /** A random secret of `bytes` bytes, base64url. */
  token(bytes: number): string;
  /** Random bytes, for a TOTP key. */
  bytes(count: number): Uint8Array;
  /** The SHA-256 of text, hex: how sessions and tokens are kept and looked up. */
  digest(text: string): string;
  /** HMAC-SHA1 (RFC 2104), what TOTP is made of. */
  hmacSha1(key: Uint8Array, message: Uint8Array): Uint8Array;
  /** Compares two strings in time independent of where they differ. */
  isSame(a: string, b: string): boolean;
}

/** An account row with its secrets, as the store hands it to the core. */
export interface UserRow extends User {
  passwordHash?: string;
  totpSecret?: string;
  totpPending?: string;
  /** The TOTP time step last accepted: a code is good once (RFC 6238 §5.2). */
  totpLastStep?: number;
}

/** What changes of an account. */
export interface UserChange {
  displayName?: string;
  roles?: User['roles'];
  groups?: string[];
  passwordHash?: string;
  totpSecret?: string | null;
  totpPending?: string | null;
  totpLastStep?: number | null;
  isDisabled?: boolean;
}

/** One change to an account, as recorded: who, when, what. */
export interface AccountEvent {
  at: string;
  actor: string;
  action: string;
  userId?: string;
  detail?: string;
}

/** A login session as kept, with the digest of its secret. */
export interface LoginSessionRow extends LoginSession {
  tokenHash: string;
}

/** An API token as kept, with the digest of its secret. */
export interface ApiTokenRow extends ApiToken {
  tokenHash: string;
}

/** What names an account to people: its id, the name one signs in with, the name it is shown by. */
export type AccountLabel = Pick<User, 'id' | 'name' | 'displayName'>;

/** The accounts' storage; every write that changes an account records its event in the same transaction. */
export interface AccountStore {
  countUsers(): Promise<number>;
  userById(id: string): Promise<UserRow | undefined>;
  userByName(name: string): Promise<UserRow | undefined>;
  /** The accounts with one of these ids or one of these names (disabled ones too), in one query; no secrets. */
  accountLabels(keys: { ids: readonly string[]; names: readonly string[] }): Promise<AccountLabel[]>;
  listUsers(): Promise<UserRow[]>;
  createUser(row: UserRow, event: AccountEvent): Promise<void>;
  /** Changes an account; with an event, records it in the same transaction (none for bookkeeping). */
  updateUser(id: string, change: UserChange, at: string, event?: AccountEvent): Promise<void>;

  createSession(row: LoginSessionRow): Promise<void>;
  sessionByTokenHash(hash: string): Promise<LoginSessionRow | undefined>;
  /** The session with its account, in one read (a request is authenticated by it); undefined when unknown. */
  sessionWithUser(hash: string): Promise<{ session: LoginSessionRow; user: UserRow } | undefined>;
  sessionById(id: string): Promise<LoginSessionRow | undefined>;
  listSessions(userId?: string): Promise<LoginSession[]>;
  touchSession(id: string, at: string): Promise<void>;
  /** Revokes sessions (one, or every one of a user not yet revoked, but `exceptId`); says how many. */
  revokeSessions(
    filter: { id?: string; userId?: string; exceptId?: string },
    at: string,
    event: AccountEvent,
  ): Promise<number>;

  createToken(row: ApiTokenRow, event: AccountEvent): Promise<void>;
  /** The token with its account, in one read (a request is authenticated by it); undefined when unknown. */
  tokenWithUser(hash: string): Promise<{ token: ApiTokenRow; user: UserRow } | undefined>;
  tokenById(id: string): Promise<ApiTokenRow | undefined>;
  listTokens(userId?: string): Promise<ApiToken[]>;
  touchToken(id: string, at: string): Promise<void>;
  revokeToken(id: string, at: string, event: AccountEvent): Promise<void>;

  recordAttempt(attempt: { at: string; account: string; address: string; isSuccess: boolean }): Promise<void>;
  /** The times of failed attempts since `since`: an account's after its last success, an address's all. */
  failuresSince(key: { account?: string; address?: string }, since: string): Promise<string[]>;

  /** Forgets login attempts from before `attemptsBefore` and sessions that ended before `sessionsBefore`. */
  prune(attemptsBefore: string, sessionsBefore: string): Promise<void>;

  setting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string, event: AccountEvent): Promise<void>;
  events(userId?: string): Promise<AccountEvent[]>;
}
