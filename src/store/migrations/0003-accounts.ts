import type { Kysely, Migration } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen once released, as every migration: it imports nothing from the core, and names its tables itself.

/**
 * 0003: accounts and sign-in. Users (roles and groups as JSON text, the password's argon2id hash, a TOTP
 * secret once confirmed), login sessions and API tokens (each kept by the hash of its secret only), login
 * attempts for throttling, settings (TOTP made mandatory), and the account events (who changed which account,
 * when). Flags are integers 0/1 on both databases.
 */
export function accountsMigration(d: MigrationDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => d.key(c).primaryKey())
        .addColumn('name', 'text', (c) => d.key(c).notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('groups', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('totp_secret', 'text')
        .addColumn('totp_pending', 'text')
        .addColumn('totp_last_step', 'bigint')
        .addColumn('is_disabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('login_sessions')
        .addColumn('id', 'text', (c) => d.key(c).primaryKey())
        .addColumn('token_hash', 'text', (c) => d.key(c).notNull().unique())
        .addColumn('user_id', 'text', (c) => d.key(c).notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('user_agent', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('login_sessions_user').on('login_sessions').column('user_id').execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => d.key(c).primaryKey())
        .addColumn('token_hash', 'text', (c) => d.key(c).notNull().unique())
        .addColumn('user_id', 'text', (c) => d.key(c).notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

      await db.schema
        .createTable('login_attempts')
        .addColumn('seq', d.sequenceType, (c) => d.sequence(c))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('is_success', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('login_attempts_account')
        .on('login_attempts')
        .columns(['account', 'at'])
        .execute();
      await db.schema
        .createIndex('login_attempts_address')
        .on('login_attempts')
        .columns(['address', 'at'])
        .execute();

      await db.schema
        .createTable('account_settings')
        .addColumn('key', 'text', (c) => d.key(c).primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('account_events')
        .addColumn('seq', d.sequenceType, (c) => d.sequence(c))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('detail', 'text')
        .execute();
    },
  };
}
