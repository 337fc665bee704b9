import type { Hono } from 'hono';

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
