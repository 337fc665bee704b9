import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.ts';
import type { AccountDeps } from '../../src/core/accounts/account.service.ts';
import { openSession } from '../../src/core/access/session.ts';
import type { Clock, Store } from '../../src/core/ports.ts';
import { argon2Hasher, NODE_SECRETS } from '../../src/node-secrets.ts';
import { loadLegalKnowledge } from '../../src/store/law-files.ts';

/** The password the tests give accounts. */
export const PASSWORD = 'correct horse battery staple';

/** The stable code of an error answer. */
export const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

/** A browser of one: keeps the session cookie and the CSRF token it was given. */
export class Browser {
  cookie: string | undefined;
  csrf: string | undefined;
  constructor(private readonly app: Pick<Hono, 'request'>) {}

  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.request(path, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(this.cookie !== undefined ? { Cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const set = res.headers.get('Set-Cookie');
    if (set !== null) this.cookie = /Max-Age=0/.test(set) ? undefined : set.split(';')[0];
    return res;
  }

  async login(account: string, password = PASSWORD, code?: string) {
    const res = await this.send('POST', '/api/auth/login', { account, password, ...(code ? { code } : {}) });
    if (res.status === 200) this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }

  /** A request that changes something, with the CSRF token. */
  change(method: string, path: string, body?: unknown) {
    return this.send(method, path, body, this.csrf !== undefined ? { 'X-CSRF-Token': this.csrf } : {});
  }
}

/**
 * The API over a test store with accounts, as the server builds it but with a cheap password hash (argon2id at
 * 1 MiB, one pass: tests sign in many times) and the clock given.
 */
export function accountApp(
  store: Store,
  clock: Clock,
): { app: ReturnType<typeof createApp>; deps: AccountDeps } {
  const deps: AccountDeps = {
    accounts: store.accounts,
    hasher: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
    secrets: NODE_SECRETS,
    clock,
  };
  const app = createApp({ openSession: (a) => openSession(store, a), law: TEST_LAW, clock, accounts: deps });
  return { app, deps };
}

const TEST_LAW = loadLegalKnowledge('data/law');
