import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { fromBase32, hotp, matchingStep, otpauthUri, toBase32, totpAt } from './totp.ts';
import { waitSeconds } from './throttle.ts';

const hmac = (key: Uint8Array, message: Uint8Array) =>
  new Uint8Array(createHmac('sha1', key).update(message).digest());
/** RFC 6238 appendix B's SHA-1 key. */
const KEY = new TextEncoder().encode('12345678901234567890');

test('TOTP gives RFC 6238 appendix B codes (SHA-1, 8 digits, and their last 6)', () => {
  const vectors: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];
  for (const [time, code] of vectors) {
    assert.equal(totpAt(hmac, KEY, time, 8), code, `at ${time}`);
    assert.equal(totpAt(hmac, KEY, time), code.slice(2), `6 digits at ${time}`);
  }
});

test('HOTP gives RFC 4226 appendix D codes', () => {
  const expected = [
    '755224',
    '287082',
    '359152',
    '969429',
    '338314',
    '254676',
    '287922',
    '162583',
    '399871',
    '520489',
  ];
  expected.forEach((code, counter) => assert.equal(hotp(hmac, KEY, counter), code));
});

test('a code matches at its step and one step either side, not two', () => {
  const at = 1111111111;
  const code = totpAt(hmac, KEY, at);
  assert.equal(matchingStep(hmac, KEY, code, at), Math.floor(at / 30));
  assert.notEqual(matchingStep(hmac, KEY, code, at + 30), undefined);
  assert.notEqual(matchingStep(hmac, KEY, code, at - 30), undefined);
  assert.equal(matchingStep(hmac, KEY, code, at + 90), undefined);
  assert.equal(matchingStep(hmac, KEY, '12345', at), undefined, 'five digits');
  assert.equal(matchingStep(hmac, KEY, 'abcdef', at), undefined);
});

test('base32 round-trips and matches RFC 4648 vectors; the URI names issuer, account and secret', () => {
  assert.equal(toBase32(new TextEncoder().encode('foobar')), 'MZXW6YTBOI');
  assert.deepEqual(fromBase32('mzxw 6ytb oi=='), new TextEncoder().encode('foobar'));
  assert.deepEqual(fromBase32(toBase32(KEY)), KEY);
  assert.equal(fromBase32('not base32!'), undefined);
  assert.equal(
    otpauthUri('MZXW6YTBOI', 'aigerim'),
    'otpauth://totp/Casewatch:aigerim?secret=MZXW6YTBOI&issuer=Casewatch&algorithm=SHA1&digits=6&period=30',
  );
});

test('throttling: a few failures are free, then each try waits twice as long, counted from the last failure', () => {
  const at = (s: number) => new Date(Date.UTC(2024, 0, 1, 0, 0, s)).toISOString();
  const four = [at(0), at(1), at(2), at(3)];
  assert.equal(waitSeconds(four, 5, at(4)), 0);
  assert.equal(waitSeconds([...four, at(4)], 5, at(4)), 30);
  assert.equal(waitSeconds([...four, at(4)], 5, at(20)), 14);
  assert.equal(waitSeconds([...four, at(4)], 5, at(34)), 0);
  assert.equal(waitSeconds([...four, at(4), at(40)], 5, at(40)), 60);
  const many = Array.from({ length: 40 }, (_, i) => at(i));
  assert.equal(waitSeconds(many, 5, at(39)), 900, 'never more than 15 minutes');
});
