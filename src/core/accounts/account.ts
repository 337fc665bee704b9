import { z } from 'zod';
import type { Actor } from '../actor.ts';
import { DomainError } from '../errors.ts';

/** The roles an account can hold, from the most to the least powerful; the public is no account. */
export const ACCOUNT_ROLES = ['admin', 'editor', 'researcher', 'viewer'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** An account's name: what one signs in with and what restricted records name as 'user:NAME'. */
export const AccountName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,63}$/,
    'an account name is 1 to 64 lowercase letters, digits, dots, dashes or underscores, not starting with a sign',
  );

/** A group's name, as restricted records name it ('group:NAME'). */
export const GroupName = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}._ -]{0,63}$/u, 'not a group name');

/** What an admin gives to create an account. */
export const NewAccount = z.object({
  name: AccountName,
  displayName: z.string().trim().min(1).max(200).optional(),
  roles: z.array(z.enum(ACCOUNT_ROLES)).min(1).max(4),
  groups: z.array(GroupName).max(100).default([]),
});
export type NewAccount = z.input<typeof NewAccount>;

/** A password as chosen: long enough to resist guessing, short enough to hash. */
export const Password = z
  .string()
  .min(12, 'a password has at least 12 characters')
  .max(1024, 'a password has at most 1024 characters');

/** An account as the core knows it; its secrets (hash, TOTP secret) stay in the store's row. */
export interface User {
  id: string;
  name: string;
  displayName: string;
  roles: AccountRole[];
  groups: string[];
  isDisabled: boolean;
  hasPassword: boolean;
  hasTotp: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A signed-in browser, as listed (never its secret). */
export interface LoginSession {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  address?: string;
  userAgent?: string;
  revokedAt?: string;
}

/** An API token, as listed (never its secret). */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  role: AccountRole;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

/** How high a role stands: a token's role may be no higher than its owner's. */
export function rankOf(role: AccountRole): number {
  return ACCOUNT_ROLES.length - ACCOUNT_ROLES.indexOf(role);
}

/** The highest of an account's roles. */
export function highestRole(roles: readonly AccountRole[]): AccountRole {
  return [...roles].sort((a, b) => rankOf(b) - rankOf(a))[0] ?? 'viewer';
}

/** The core actor an account acts as: its roles (or only the token's role) and groups. */
export function actorOf(user: User, role?: AccountRole): Actor {
  return {
    id: `user:${user.id}`,
    name: user.displayName,
    user: user.name,
    roles: role !== undefined ? [role] : [...user.roles],
    ...(user.groups.length > 0 ? { groups: [...user.groups] } : {}),
  };
}

/** The account an actor signed in as; the CLI's and the system's actors have none. */
export function accountIdOf(actor: Actor): string {
  if (!actor.id.startsWith('user:'))
    throw new DomainError('auth.unauthenticated', 'sign in to an account first');
  return actor.id.slice('user:'.length);
}
