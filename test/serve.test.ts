import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ensureServerBuild, SERVER_BUNDLE, serverNodeFlags } from '../scripts/build-server.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'casewatch.mjs');
const CASE = 'case:kz-mamay-2022';

/**
 * The two ways `casewatch serve` runs: the TypeScript through tsx (npx casewatch), and the build npm start runs,
 * with node's flags as it gives them.
 */
const LAUNCHERS: { name: string; entry: () => Promise<string[]> }[] = [
  { name: 'bin/casewatch.mjs', entry: () => Promise.resolve([BIN]) },
  {
    name: 'the built dist/casewatch.mjs',
    entry: async () => {
      await ensureServerBuild();
      return [...serverNodeFlags(), SERVER_BUNDLE];
    },
  },
];

describe('casewatch serve', () => {
  for (const launcher of LAUNCHERS)
    test(`from ${launcher.name}: --demo loads the demo into an empty database, answers, and stops cleanly on SIGTERM`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'casewatch-serve-'));
      const { CASEWATCH_DB: _db, DATABASE_URL: _url, ...rest } = process.env;
      // Run from another folder: the demo and the law are found where casewatch is installed.
      const child = spawn(process.execPath, [...(await launcher.entry()), 'serve', '--demo', '--port', '0'], {
        env: { ...rest, CASEWATCH_DB: join(dir, 'serve.db') },
        cwd: dir,
      });
      try {
        let out = '';
        child.stdout.setEncoding('utf8');
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (chunk: string) => {
            out += chunk;
            const m = /serving on (http:\/\/[^/]+\/)/.exec(out);
            if (m?.[1]) resolve(m[1]);
          });
          child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
        });
        assert.match(out, /Loaded the demo case/);
        const head = await fetch(`${url}api/cases`, { method: 'HEAD' });
        assert.equal(head.status, 200);
        assert.match(
          head.headers.get('content-security-policy') ?? '',
          /default-src 'none'/,
          'HEAD keeps the headers',
        );
        const res = await fetch(`${url}api/cases`);
        const body = (await res.json()) as { cases: { id: string }[] };
        assert.deepEqual(
          body.cases.map((c) => c.id),
          [CASE],
        );
        // Through the Node adapter, a kept answer keeps every header the layers add, and its bytes, as they are
        // and gzip-compressed (which fetch decodes).
        for (const encoding of ['identity', 'identity', 'gzip']) {
          const kept = await fetch(`${url}api/cases/${encodeURIComponent(CASE)}`, {
            headers: { 'Accept-Encoding': encoding },
          });
          assert.equal(kept.status, 200);
          assert.equal(kept.headers.get('cache-control'), 'private, no-cache');
          assert.equal(kept.headers.get('vary'), 'Accept-Encoding, Cookie, Authorization');
          assert.match(kept.headers.get('etag') ?? '', /^".+"$/);
          assert.match(kept.headers.get('content-security-policy') ?? '', /default-src 'none'/);
          assert.equal(kept.headers.get('content-encoding'), encoding === 'gzip' ? 'gzip' : null);
          const text = await kept.text();
          if (encoding === 'identity')
            assert.equal(Number(kept.headers.get('content-length')), Buffer.byteLength(text));
          assert.equal((JSON.parse(text) as { id: string }).id, CASE);
        }
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const [code, signal] = (await exited) as [number | null, string | null];
        assert.deepEqual([code, signal], [0, null], 'serve closes the server and the store, then exits 0');
      } finally {
        child.kill('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    });
});
