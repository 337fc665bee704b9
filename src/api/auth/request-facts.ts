import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The cookie a browser's session travels in: its secret only, HttpOnly, SameSite=Lax, Path=/. */
export const SESSION_COOKIE = 'casewatch_session';
/** The header a cookie-authenticated request that changes something carries its CSRF token in. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** How the server trusts what a proxy in front of it says (X-Forwarded-Proto, X-Forwarded-For). */
export interface ProxyTrust {
  /** Set when Casewatch runs behind a reverse proxy that sets these headers (CASEWATCH_TRUST_PROXY=1). */
  isBehindProxy?: boolean;
}

/** True when the request came over https, or (behind a trusted proxy) the proxy says it did. */
export function isHttps(c: Context, trust: ProxyTrust): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trust.isBehindProxy === true && c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim() === 'https';
}

/** The client's address: the proxy's first X-Forwarded-For entry when trusted, else the socket's peer. */
export function clientAddress(c: Context, trust: ProxyTrust): string {
  if (trust.isBehindProxy === true) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The session cookie's secret, if the request has one. */
export const sessionCookieOf = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE);

/** Sets the session cookie, Secure over https; it lasts as long as the session at most. */
export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number, trust: ProxyTrust): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c, trust),
    maxAge: maxAgeSeconds,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context, trust: ProxyTrust): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c, trust) });
}
