import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher, Secrets } from './core/accounts/account-ports.ts';
import type { AccountDeps } from './core/accounts/account.service.ts';
import type { Clock, Store } from './core/ports.ts';
import { SYSTEM_CLOCK } from './system-clock.ts';

/** Argon2id, as @node-rs/argon2 numbers it (its enum is const, which isolated modules cannot import). */
const ARGON2ID = 2;

/**
 * Passwords hashed with argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane unless told); tests may lower the
 * cost, never the algorithm.
 */
export function argon2Hasher(cost: { memoryCost?: number; timeCost?: number } = {}): PasswordHasher {
  const options = {
    algorithm: ARGON2ID,
    memoryCost: cost.memoryCost ?? 19456,
    timeCost: cost.timeCost ?? 2,
    parallelism: 1,
  };
  return {
    hash: (password) => hash(password, options),
    async verify(stored, password) {
      try {
        return await verify(stored, password);
      } catch {
        return false; // a hash that is no argon2 hash matches nothing
      }
    },
  };
}

/** Randomness and digests from node:crypto. */
export const NODE_SECRETS: Secrets = {
  token: (bytes) => randomBytes(bytes).toString('base64url'),
  bytes: (count) => new Uint8Array(randomBytes(count)),
  digest: (text) => createHash('sha256').update(text).digest('hex'),
  hmacSha1: (key, message) => new Uint8Array(createHmac('sha1', key).update(message).digest()),
  isSame(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  },
};

/** The account services over a store, with argon2id, node:crypto and the wall clock: what the server and CLI use. */
export function nodeAccountDeps(store: Store, clock: Clock = SYSTEM_CLOCK): AccountDeps {
  return { accounts: store.accounts, hasher: argon2Hasher(), secrets: NODE_SECRETS, clock };
}
