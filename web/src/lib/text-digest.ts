/**
 * The SHA-256 digest of a text as UTF-8, in lower-case hex, as a source records the copy it was read from; undefined
 * where the browser offers no digest (a page served over plain http to another machine is not a secure context).
 */
export async function textDigest(text: string): Promise<string | undefined> {
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  if (subtle === undefined) return undefined;
  const bytes = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
