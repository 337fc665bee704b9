import type { Kysely, Selectable } from 'kysely';
import type { AccountRole } from '../core/accounts/account.ts';
import type {
  AccountEvent,
  AccountStore,
  ApiTokenRow,
  LoginSessionRow,
  UserChange,
  UserRow,
} from '../core/accounts/account-ports.ts';
import type { ApiTokenTable, Database, LoginSessionTable, UserTable } from './schema.ts';

type Db = Kysely<Database>;

const opt = <K extends string, V>(key: K, value: V | null): { [P in K]?: V } =>
  (value === null ? {} : { [key]: value }) as { [P in K]?: V };

function userOf(row: Selectable<UserTable>): UserRow {
  return {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    roles: JSON.parse(row.roles) as AccountRole[],
    groups: JSON.parse(row.groups) as string[],
    isDisabled: Number(row.is_disabled) === 1,
    hasPassword: row.password_hash !== null,
    hasTotp: row.totp_secret !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...opt('passwordHash', row.password_hash),
    ...opt('totpSecret', row.totp_secret),
    ...opt('totpPending', row.totp_pending),
    ...opt('totpLastStep', row.totp_last_step === null ? null : Number(row.totp_last_step)),
  };
}

function sessionOf(row: Selectable<LoginSessionTable>): LoginSessionRow {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    ...opt('address', row.address),
    ...opt('userAgent', row.user_agent),
    ...opt('revokedAt', row.revoked_at),
  };
}

function tokenOf(row: Selectable<ApiTokenTable>): ApiTokenRow {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    name: row.name,
    role: row.role as AccountRole,
    createdAt: row.created_at,
    ...opt('lastUsedAt', row.last_used_at),
    ...opt('revokedAt', row.revoked_at),
  };
}

/** Every column of an account, as `users` has them. */
const USER_COLUMNS = [
  'id',
  'name',
  'display_name',
  'roles',
  'groups',
  'password_hash',
  'totp_secret',
  'totp_pending',
  'totp_last_step',
  'is_disabled',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof UserTable)[];

type UserColumn = (typeof USER_COLUMNS)[number];
/** Fails to compile when `users` gains a column the list above lacks. */
const EVERY_USER_COLUMN: Exclude<keyof UserTable, UserColumn> extends never ? true : never = true;
void EVERY_USER_COLUMN;
type JoinedUser = { [K in UserColumn as `u_${K}`]: UserTable[K] };

/** The account's columns beside another table's, each prefixed `u_` so that neither hides the other's. */
const JOINED_USER = USER_COLUMNS.map(
  (c) => `u.${c} as u_${c}` as const,
) as readonly `u.${UserColumn} as u_${UserColumn}`[];

function joinedUserOf(row: JoinedUser): UserRow {
  return userOf(Object.fromEntries(USER_COLUMNS.map((c) => [c, row[`u_${c}`]])) as Selectable<UserTable>);
}

/** The row of a session or token whose secret has the digest, with its account's columns, in one read. */
function withUserByHash<T extends 'login_sessions' | 'api_tokens'>(
  db: Db,
  table: T,
  hash: string,
): Promise<(Selectable<Database[T]> & JoinedUser) | undefined> {
  return db
    .selectFrom(`${table} as r` as 'api_tokens as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .selectAll('r')
    .select(JOINED_USER)
    .where('r.token_hash', '=', hash)
    .executeTakeFirst() as Promise<(Selectable<Database[T]> & JoinedUser) | undefined>;
}

const withoutHash = <T extends { tokenHash: string }>({ tokenHash: _h, ...rest }: T) => rest;

async function recordEvent(db: Db, event: AccountEvent): Promise<void> {
  await db
    .insertInto('account_events')
    .values({
      at: event.at,
      actor: event.actor,
      action: event.action,
      user_id: event.userId ?? null,
      detail: event.detail ?? null,
    })
    .execute();
}

/**
 * The accounts over Kysely, the same SQL on SQLite and PostgreSQL: writes on the writer (a change to an
 * account and its event in one transaction), reads on the reader.
 */
export function createAccountRepository(writer: Db, reader: Db): AccountStore {
  const users = (db: Db) => db.selectFrom('users').selectAll();
  return {
    async countUsers() {
      const row = await reader
        .selectFrom('users')
        .select((e) => e.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async userById(id) {
      const row = await users(reader).where('id', '=', id).executeTakeFirst();
      return row && userOf(row);
    },
    async userByName(name) {
      const row = await users(reader).where('name', '=', name).executeTakeFirst();
      return row && userOf(row);
    },
    async accountLabels({ ids, names }) {
      if (ids.length === 0 && names.length === 0) return [];
      const rows = await reader
        .selectFrom('users')
        .select(['id', 'name', 'display_name'])
        .where((eb) =>
          eb.or([
            ...(ids.length > 0 ? [eb('id', 'in', [...ids])] : []),
            ...(names.length > 0 ? [eb('name', 'in', [...names])] : []),
          ]),
        )
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, displayName: r.display_name }));
    },
    async listUsers() {
      return (await users(reader).orderBy('name').execute()).map(userOf);
    },
    createUser: (row, event) =>
      writer.transaction().execute(async (tx) => {
        await tx
          .insertInto('users')
          .values({
            id: row.id,
            name: row.name,
            display_name: row.displayName,
            roles: JSON.stringify(row.roles),
            groups: JSON.stringify(row.groups),
            password_hash: row.passwordHash ?? null,
            totp_secret: row.totpSecret ?? null,
            totp_pending: row.totpPending ?? null,
            totp_last_step: null,
            is_disabled: row.isDisabled ? 1 : 0,
            created_at: row.createdAt,
            updated_at: row.updatedAt,
          })
          .execute();
        await recordEvent(tx, event);
      }),
    updateUser: (id, change: UserChange, at, event) =>
      writer.transaction().execute(async (tx) => {
        await tx
          .updateTable('users')
          .set({
            updated_at: at,
            ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
            ...(change.roles !== undefined ? { roles: JSON.stringify(change.roles) } : {}),
            ...(change.groups !== undefined ? { groups: JSON.stringify(change.groups) } : {}),
            ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
            ...(change.totpSecret !== undefined ? { totp_secret: change.totpSecret } : {}),
            ...(change.totpPending !== undefined ? { totp_pending: change.totpPending } : {}),
            ...(change.totpLastStep !== undefined ? { totp_last_step: change.totpLastStep } : {}),
            ...(change.isDisabled !== undefined ? { is_disabled: change.isDisabled ? 1 : 0 } : {}),
          })
          .where('id', '=', id)
          .execute();
        if (event !== undefined) await recordEvent(tx, event);
      }),

    async createSession(row) {
      await writer
        .insertInto('login_sessions')
        .values({
          id: row.id,
          token_hash: row.tokenHash,
          user_id: row.userId,
          created_at: row.createdAt,
          last_seen_at: row.lastSeenAt,
          expires_at: row.expiresAt,
          address: row.address ?? null,
          user_agent: row.userAgent ?? null,
          revoked_at: null,
        })
        .execute();
    },
    async sessionWithUser(hash) {
      const row = await withUserByHash(reader, 'login_sessions', hash);
      return row && { session: sessionOf(row), user: joinedUserOf(row) };
    },
    async sessionByTokenHash(hash) {
      const row = await reader
        .selectFrom('login_sessions')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      return row && sessionOf(row);
    },
    async sessionById(id) {
      const row = await reader
        .selectFrom('login_sessions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && sessionOf(row);
    },
    async listSessions(userId) {
      let query = reader.selectFrom('login_sessions').selectAll();
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.orderBy('created_at', 'desc').orderBy('id').execute()).map((r) =>
        withoutHash(sessionOf(r)),
      );
    },
    async touchSession(id, at) {
      await writer.updateTable('login_sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
    },
    revokeSessions: (filter, at, event) =>
      writer.transaction().execute(async (tx) => {
        let query = tx.updateTable('login_sessions').set({ revoked_at: at }).where('revoked_at', 'is', null);
        if (filter.id !== undefined) query = query.where('id', '=', filter.id);
        if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
        if (filter.exceptId !== undefined) query = query.where('id', '!=', filter.exceptId);
        const result = await query.executeTakeFirst();
        await recordEvent(tx, event);
        return Number(result.numUpdatedRows);
      }),

    createToken: (row, event) =>
      writer.transaction().execute(async (tx) => {
        await tx
          .insertInto('api_tokens')
          .values({
            id: row.id,
            token_hash: row.tokenHash,
            user_id: row.userId,
            name: row.name,
            role: row.role,
            created_at: row.createdAt,
            last_used_at: null,
            revoked_at: null,
          })
          .execute();
        await recordEvent(tx, event);
      }),
    async tokenWithUser(hash) {
      const row = await withUserByHash(reader, 'api_tokens', hash);
      return row && { token: tokenOf(row), user: joinedUserOf(row) };
    },
    async tokenById(id) {
      const row = await reader.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row && tokenOf(row);
    },
    async listTokens(userId) {
      let query = reader.selectFrom('api_tokens').selectAll();
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.orderBy('created_at', 'desc').orderBy('id').execute()).map((r) =>
        withoutHash(tokenOf(r)),
      );
    },
    async touchToken(id, at) {
      await writer.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
    revokeToken: (id, at, event) =>
      writer.transaction().execute(async (tx) => {
        await tx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
        await recordEvent(tx, event);
      }),

    async recordAttempt(attempt) {
      await writer
        .insertInto('login_attempts')
        .values({
          at: attempt.at,
          account: attempt.account,
          address: attempt.address,
          is_success: attempt.isSuccess ? 1 : 0,
        })
        .execute();
    },
    async failuresSince(key, since) {
      const [column, value] =
        key.account !== undefined
          ? (['account', key.account] as const)
          : (['address', key.address ?? ''] as const);
      // An account's success wipes its slate; an address's does not (one's own account would wipe it).
      const success =
        key.account === undefined
          ? undefined
          : await writer
              .selectFrom('login_attempts')
              .select((e) => e.fn.max('seq').as('seq'))
              .where('account', '=', key.account)
              .where('is_success', '=', 1)
              .executeTakeFirst();
      let query = writer
        .selectFrom('login_attempts')
        .select('at')
        .where(column, '=', value)
        .where('is_success', '=', 0)
        .where('at', '>', since);
      if (success?.seq !== undefined && success.seq !== null)
        query = query.where('seq', '>', Number(success.seq));
      return (await query.execute()).map((r) => r.at);
    },

    async prune(attemptsBefore, sessionsBefore) {
      await writer.deleteFrom('login_attempts').where('at', '<', attemptsBefore).execute();
      await writer
        .deleteFrom('login_sessions')
        .where((e) => e.or([e('expires_at', '<', sessionsBefore), e('revoked_at', '<', sessionsBefore)]))
        .execute();
    },

    async setting(key) {
      const row = await reader
        .selectFrom('account_settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value;
    },
    setSetting: (key, value, event) =>
      writer.transaction().execute(async (tx) => {
        await tx.deleteFrom('account_settings').where('key', '=', key).execute();
        await tx.insertInto('account_settings').values({ key, value }).execute();
        await recordEvent(tx, event);
      }),
    async events(userId) {
      let query = reader.selectFrom('account_events').selectAll();
      if (userId !== undefined) query = query.where('user_id', '=', userId);
      return (await query.orderBy('seq').execute()).map((r) => ({
        at: r.at,
        actor: r.actor,
        action: r.action,
        ...opt('userId', r.user_id),
        ...opt('detail', r.detail),
      }));
    },
  };
}
