// TOTP (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, 6 digits, one step either way accepted.
// Pure: the HMAC comes in as a function (the Secrets port), time as Unix seconds.

/** HMAC-SHA1 of a message under a key. */
export type HmacSha1 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

/** Bytes as base32 without padding (RFC 4648), the form authenticator apps read. */
export function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Base32 (case, spaces and padding ignored) as bytes; undefined when it is not base32. */
export function fromBase32(text: string): Uint8Array | undefined {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** The HOTP code of a counter (RFC 4226 §5.3: dynamic truncation). */
export function hotp(hmac: HmacSha1, key: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = new Uint8Array(8);
  let rest = counter;
  for (let i = 7; i >= 0; i--) {
    message[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  const mac = hmac(key, message);
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) |
    ((mac[offset + 1] ?? 0) << 16) |
    ((mac[offset + 2] ?? 0) << 8) |
    (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP code at a time (Unix seconds). */
export function totpAt(hmac: HmacSha1, key: Uint8Array, unixSeconds: number, digits = TOTP_DIGITS): string {
  return hotp(hmac, key, Math.floor(unixSeconds / TOTP_STEP_SECONDS), digits);
}

/**
 * The time step a code matches, at the time or one step either side (clocks drift, people type slowly);
 * undefined when none matches or the code is not six digits.
 */
export function matchingStep(
  hmac: HmacSha1,
  key: Uint8Array,
  code: string,
  unixSeconds: number,
): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const now = Math.floor(unixSeconds / TOTP_STEP_SECONDS);
  for (const step of [now, now - 1, now + 1]) if (hotp(hmac, key, step) === code) return step;
  return undefined;
}

/** The otpauth:// URI an authenticator app enrols from (as a QR code or pasted). */
export function otpauthUri(secretBase32: string, account: string, issuer = 'Casewatch'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
