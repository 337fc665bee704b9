import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, test } from 'node:test';
import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import { createApp } from './app.ts';

// A built application in miniature: its page, a hashed script, a file beside it.
const root = mkdtempSync(join(tmpdir(), 'casewatch-web-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(root, 'assets', 'index-Ab12.js'), 'console.log(1)');
writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(tmpdir(), 'casewatch-secret.txt'), 'secret');
after(() => rmSync(root, { recursive: true, force: true }));

const app = createApp({
  openSession: () => {
    throw new Error('serving the web application reads nothing');
  },
  law: {} as LegalKnowledge,
  clock: { now: () => '2023-02-01T09:00:00.000Z' },
  webRoot: root,
});

test("the application's page answers its client routes, with no cache and a strict Content-Security-Policy", async () => {
  for (const path of ['/', '/cases', '/cases/case:kz-mamay-2022', '/cases/case:kz-mamay-2022/matrix']) {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.match(await res.text(), /<div id="root">/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  }
});

test('hashed assets are served with their type and cached for a year; other files are not cached', async () => {
  const script = await app.request('/assets/index-Ab12.js');
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const icon = await app.request('/favicon.svg');
  assert.equal(icon.headers.get('content-type'), 'image/svg+xml');
  assert.equal(icon.headers.get('cache-control'), 'no-cache');
});

test('a path that leaves the folder, or names no file, is not found', async () => {
  for (const path of [
    '/assets/..%2f..%2fcasewatch-secret.txt',
    '/assets/%2e%2e/%2e%2e/casewatch-secret.txt',
    '/assets/nope.js',
  ]) {
    const res = await app.request(path);
    assert.equal(res.status, 404, path);
    assert.equal((await res.text()).includes('secret'), false, path);
  }
});

test("an unknown page is the application's own 404; an unknown API path stays a JSON 404", async () => {
  const page = await app.request('/no/such/page');
  assert.equal(page.status, 404);
  assert.match(await page.text(), /<div id="root">/);
  const api = await app.request('/api/no-such-route');
  assert.equal(api.status, 404);
  assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'route.not_found');
});

test('without a build, the server still answers: the plain page at /', async () => {
  const bare = createApp({
    openSession: () => {
      throw new Error('not reached');
    },
    law: {} as LegalKnowledge,
    clock: { now: () => '2023-02-01T09:00:00.000Z' },
    webRoot: join(root, 'missing'),
  });
  const res = await bare.request('/cases/x');
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('content-type'), 'application/json');
});

test('a file carries its tag: asked again with it, the answer is a 304 without a body; a new build changes it', async () => {
  const first = await app.request('/cases');
  const etag = first.headers.get('etag') ?? '';
  assert.match(etag, /^"[\w-]+"$/);
  const again = await app.request('/cases', { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  const other = await app.request('/cases', { headers: { 'If-None-Match': '"another"' } });
  assert.equal(other.status, 200);
  // A new build writes the page anew: the server reads it, and the old tag no longer matches.
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root" data-build="2"></div>');
  const rebuilt = await app.request('/cases', { headers: { 'If-None-Match': etag } });
  assert.equal(rebuilt.status, 200);
  assert.match(await rebuilt.text(), /data-build="2"/);
  assert.notEqual(rebuilt.headers.get('etag'), etag);
  // An unknown page is still the 404 page, whatever tag is sent.
  const missing = await app.request('/no/such/page', { headers: { 'If-None-Match': etag } });
  assert.equal(missing.status, 404);
});

test('a text file is sent compressed to a reader who takes gzip, under its own tag, and as it is to one who does not', async () => {
  const script = `console.log(${JSON.stringify('casewatch '.repeat(400))});`;
  writeFileSync(join(root, 'assets', 'big-Cd34.js'), script);
  const plain = await app.request('/assets/big-Cd34.js');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(plain.headers.get('vary'), 'Accept-Encoding');
  assert.equal(await plain.text(), script);
  const packed = await app.request('/assets/big-Cd34.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
  assert.equal(packed.headers.get('content-encoding'), 'gzip');
  const bytes = Buffer.from(await packed.arrayBuffer());
  assert.ok(bytes.byteLength < script.length / 10, `${bytes.byteLength} bytes compressed`);
  assert.equal(gunzipSync(bytes).toString('utf8'), script);
  assert.notEqual(packed.headers.get('etag'), plain.headers.get('etag'));
  // Either tag revalidates: a proxy may hold the other representation.
  for (const etag of [plain.headers.get('etag') ?? '', packed.headers.get('etag') ?? ''])
    assert.equal(
      (
        await app.request('/assets/big-Cd34.js', {
          headers: { 'If-None-Match': etag, 'Accept-Encoding': 'gzip' },
        })
      ).status,
      304,
    );
  // A reader who refuses gzip, and a file too small to gain from it, get the bytes as they are.
  const refused = await app.request('/assets/big-Cd34.js', { headers: { 'Accept-Encoding': 'gzip;q=0' } });
  assert.equal(refused.headers.get('content-encoding'), null);
  const small = await app.request('/assets/index-Ab12.js', { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(small.headers.get('content-encoding'), null);
  assert.equal(await small.text(), 'console.log(1)');
});
