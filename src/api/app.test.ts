import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { Readable } from 'node:stream';
import { importBundle } from '../core/record/import.service.ts';
import { readBundle } from '../exchange/bundle-reader.ts';
import { loadDemoIfEmpty } from '../exchange/demo-data.ts';
import { loadLegalKnowledge } from '../store/law-files.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';
import { openSession } from '../core/access/session.ts';
import { createApp } from './app.ts';
import { errorResponse } from './errors.ts';
import { DomainError } from '../core/errors.ts';

const law = loadLegalKnowledge('data/law');
const CASE = 'case:kz-mamay-2022';
const clock = { now: () => '2023-02-01T09:00:00.000Z' };

async function json(res: Response): Promise<Record<string, unknown>> {
  assert.equal(res.headers.get('content-type')?.startsWith('application/json'), true);
  return (await res.json()) as Record<string, unknown>;
}

forEachStore('the read-only API', (getStore: () => Store) => {
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    await loadDemoIfEmpty(getStore(), law);
    app = createApp({ openSession: (actor) => openSession(getStore(), actor), law, clock });
  });

  test('lists the published demo case with its defendant', async () => {
    const body = await json(await app.request('/api/cases'));
    assert.deepEqual(body.cases, [
      {
        id: CASE,
        title: 'Zhanbolat Mamay: “mass riots” and other charges over the January 2022 protests',
        jurisdiction: 'kz',
        defendants: [{ id: 'person:zhanbolat-mamay', name: 'Zhanbolat Mamay' }],
        visibility: 'public',
      },
    ]);
  });

  test('shows a case with named participants and labelled charges', async () => {
    const res = await app.request(`/api/cases/${encodeURIComponent(CASE)}`);
    assert.equal(res.status, 200);
    const body = (await json(res)) as {
      charges: { articleLabel: string }[];
      participants: { name: string }[];
    };
    assert.deepEqual(body.charges.map((c) => c.articleLabel).sort(), [
      'Art. 272(1)',
      'Art. 272(1)',
      'Art. 274',
      'Art. 378',
      'Art. 400',
    ]);
    assert.equal(body.participants[0]?.name, 'Zhanbolat Mamay');
    const full = body as unknown as { sources: { id: string }[]; events: { id: string }[] };
    assert.ok(
      full.sources.some((x) => x.id === 'source:hrw-dispatch-mamay'),
      'sources cited anywhere in the case are loaded',
    );
    assert.equal(full.events.length, 3);
  });

  test('computes facts as of a day, defaulting to today', async () => {
    const res = await app.request(`/api/cases/${encodeURIComponent(CASE)}/facts?asOf=2022-06-01`);
    const body = (await json(res)) as { asOf: string; charges: { id: string }[] };
    assert.equal(body.asOf, '2022-06-01');
    assert.equal(
      body.charges.some((c) => c.id === 'charge:mamay-272-1-second'),
      false,
    );
    const today = (await json(await app.request(`/api/cases/${encodeURIComponent(CASE)}/facts`))) as {
      asOf: string;
    };
    assert.equal(today.asOf, '2023-02-01');
    // 20:00 UTC on 31 January is already 1 February in Almaty: "today" is the jurisdiction's day.
    const evening = createApp({
      openSession: (actor) => openSession(getStore(), actor),
      law,
      clock: { now: () => '2023-01-31T20:00:00.000Z' },
    });
    const late = (await json(await evening.request(`/api/cases/${encodeURIComponent(CASE)}/facts`))) as {
      asOf: string;
    };
    assert.equal(late.asOf, '2023-02-01');
  });

  test('shows a case as known on a day, with its date warnings; a bad asOf is a 400 naming the field', async () => {
    const res = await app.request(`/api/cases/${encodeURIComponent(CASE)}?asOf=2022-06-01`);
    const body = (await json(res)) as { asOf: string; hearings: { id: string }[]; warnings: unknown[] };
    assert.equal(body.asOf, '2022-06-01');
    assert.deepEqual(body.warnings, []);
    // The trial's start does not say when it was announced, so it is shown as known all along; its resumption
    // was announced only after the trial began, so on that day it was not known.
    assert.deepEqual(
      body.hearings.map((h) => h.id),
      ['hearing:mamay-trial-2022-11-07'],
    );
    const facts = (await json(
      await app.request(`/api/cases/${encodeURIComponent(CASE)}/facts?asOf=2022-06-01`),
    )) as { upcomingHearings: { knowledge: string }[] };
    assert.deepEqual(
      facts.upcomingHearings.map((h) => h.knowledge),
      ['not_recorded'],
    );
    const later = (await json(
      await app.request(`/api/cases/${encodeURIComponent(CASE)}/facts?asOf=2023-02-01`),
    )) as { upcomingHearings: { id: string; knowledge: string }[] };
    assert.deepEqual(
      later.upcomingHearings.map((h) => [h.id, h.knowledge]),
      [['hearing:mamay-trial-2023-02-06', 'perhaps_announced']],
    );
    const bad = await app.request(`/api/cases/${encodeURIComponent(CASE)}?asOf=2023-02-30`);
    assert.equal(bad.status, 400);
    const error = (await json(bad)) as { error: { issues: { field?: string }[] } };
    assert.equal(error.error.issues[0]?.field, 'asOf');
  });

  test('a bad asOf is a 400 naming the field; an unknown case a 404; an unknown route a 404', async () => {
    const bad = await app.request(`/api/cases/${encodeURIComponent(CASE)}/facts?asOf=2023-02-30`);
    assert.equal(bad.status, 400);
    const body = (await json(bad)) as { error: { code: string; issues: { field?: string }[] } };
    assert.equal(body.error.code, 'validation.invalid');
    assert.equal(body.error.issues[0]?.field, 'asOf');
    const far = await app.request(`/api/cases/${encodeURIComponent(CASE)}/facts?asOf=9999-12-31`);
    assert.equal(far.status, 400);
    assert.equal((await app.request('/api/cases/case:nothing')).status, 404);
    assert.equal((await app.request('/api/nothing')).status, 404);
  });

  test('serves only published records: an internal case does not exist for the public', async () => {
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.create('case', caseRecord('case:internal', { title: '<script>alert(1)</script>' })),
    );
    const list = (await json(await app.request('/api/cases'))) as { cases: { id: string }[] };
    assert.deepEqual(
      list.cases.map((c) => c.id),
      [CASE],
    );
    assert.equal((await app.request('/api/cases/case:internal')).status, 404);
    assert.equal((await app.request('/api/cases/case:internal/facts')).status, 404);
  });

  test('lists cases a page at a time, skipping unpublished ones without short pages', async () => {
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.createMany('case', [
        caseRecord('case:a1', { visibility: 'public' }),
        caseRecord('case:a2'),
        caseRecord('case:a3'),
        caseRecord('case:a4', { visibility: 'public' }),
        caseRecord('case:a5', { visibility: 'public' }),
      ]),
    );
    type Page = { cases: { id: string }[]; next?: string };
    const pages: string[][] = [];
    let url = '/api/cases?limit=2';
    for (;;) {
      const page = (await json(await app.request(url))) as Page;
      pages.push(page.cases.map((c) => c.id));
      if (page.next === undefined) break;
      url = `/api/cases?limit=2&cursor=${encodeURIComponent(page.next)}`;
    }
    assert.deepEqual(pages, [
      ['case:a1', 'case:a4'],
      ['case:a5', CASE],
    ]);
    for (const bad of ['0', '1001', 'ten', '-1']) {
      const res = await app.request(`/api/cases?limit=${bad}`);
      assert.equal(res.status, 400, `limit=${bad}`);
      const body = (await json(res)) as { error: { issues: { field?: string }[] } };
      assert.equal(body.error.issues[0]?.field, 'limit');
    }
  });

  test('nothing of a record the public may not read gets out, not even its id', async () => {
    const secret = (id: string, visibility = 'internal') => ({ id, visibility });
    const name = (value: string) => [{ value, script: 'Latn', language: 'en', kind: 'native' }];
    const bundle = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      sources: [
        { ...secret('source:secret-memo'), kind: 'document', title: 'SECRET memo', note: 'SECRET note' },
        { ...secret('source:lawyer-letter', 'restricted'), kind: 'document', title: 'RESTRICTED letter' },
        { id: 'source:open', kind: 'document', title: 'Open source', visibility: 'public' },
      ],
      organisations: [{ ...secret('organisation:secret-ngo'), kind: 'ngo', names: name('Secret NGO') }],
      persons: [
        { ...secret('person:hidden-defendant'), names: name('Hidden Defendant') },
        { ...secret('person:witness-aigerim'), names: name('Witness Aigerim') },
        { id: 'person:open', names: name('Open Defendant'), visibility: 'public' },
      ],
      cases: [
        {
          id: 'case:open',
          jurisdiction: 'kz',
          title: 'Open case',
          visibility: 'public',
          numbers: [{ value: '123', sources: [{ source: 'source:lawyer-letter' }] }],
          authorities: [{ organisation: 'organisation:secret-ngo', role: 'investigating' }],
          participants: [
            { person: 'person:open', role: 'defendant' },
            { person: 'person:hidden-defendant', role: 'defendant' },
            { person: 'person:witness-aigerim', role: 'witness' },
          ],
          sources: [{ source: 'source:secret-memo' }, { source: 'source:open' }],
        },
      ],
      charges: [
        {
          id: 'charge:open',
          case: 'case:open',
          defendant: 'person:open',
          article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
          visibility: 'public',
          lifecycle: [
            { kind: 'brought', date: '2022-01', authority: 'organisation:secret-ngo' },
            { kind: 'reclassified', date: '2022-11', successors: ['charge:secret-successor'] },
          ],
        },
        {
          ...secret('charge:secret-successor'),
          case: 'case:open',
          defendant: 'person:open',
          article: { jurisdiction: 'kz', code: 'cc', article: '400' },
          origin: { kind: 'reclassification', from: ['charge:open'] },
          lifecycle: [{ kind: 'brought', date: '2022-11' }],
        },
        {
          id: 'charge:against-hidden',
          case: 'case:open',
          defendant: 'person:hidden-defendant',
          article: { jurisdiction: 'kz', code: 'cc', article: '274', part: '1' },
          visibility: 'public',
          lifecycle: [{ kind: 'brought', date: '2022-02' }],
        },
      ],
      hearings: [
        {
          id: 'hearing:open',
          case: 'case:open',
          date: '2023-02-06',
          kind: 'trial_session',
          status: 'scheduled',
          court: 'organisation:secret-ngo',
          judges: ['person:witness-aigerim'],
          visibility: 'public',
        },
      ],
    };
    await importBundle(
      { session: openSession(getStore(), SYSTEM_ACTOR), law },
      readBundle(Readable.from([JSON.stringify(bundle)]), 'x.json'),
    );
    const leaks = [
      'SECRET',
      'RESTRICTED',
      'secret',
      'lawyer-letter',
      'hidden',
      'Hidden',
      'aigerim',
      'Aigerim',
    ];
    for (const url of [
      '/api/cases',
      '/api/cases/case:open',
      '/api/cases/case:open/facts?asOf=2023-03-01',
      '/',
    ]) {
      const res = await app.request(url);
      assert.equal(res.status, 200, url);
      const text = await res.text();
      for (const word of leaks) assert.equal(text.includes(word), false, `${url} shows "${word}"`);
    }
    const shown = (await json(await app.request('/api/cases/case:open'))) as {
      participants: { id: string }[];
      sources: { id: string }[];
      charges: { id: string }[];
      hearings: { id: string }[];
    };
    assert.deepEqual(
      shown.participants.map((p) => p.id),
      ['person:open'],
    );
    assert.deepEqual(
      shown.sources.map((x) => x.id),
      ['source:open'],
    );
    assert.deepEqual(
      shown.charges.map((c) => c.id),
      ['charge:open'],
    );
    assert.deepEqual(
      shown.hearings.map((h) => h.id),
      ['hearing:open'],
    );
  });

  test("an error that is not the caller's is a bare 500, and is told to whoever watches the server", async () => {
    const seen: unknown[] = [];
    const broken = createApp({
      openSession: (actor) => ({
        ...openSession(getStore(), actor),
        get: () => Promise.reject(new Error('disk gone')),
      }),
      law,
      clock,
      onInternalError: (error) => seen.push(error),
    });
    const res = await broken.request(`/api/cases/${encodeURIComponent(CASE)}`);
    assert.equal(res.status, 500);
    assert.equal((await res.text()).includes('disk gone'), false, 'no internals in the answer');
    assert.deepEqual(
      seen.map((e) => (e as Error).message),
      ['disk gone'],
    );
  });

  test('the page escapes what it shows and sends security headers', async () => {
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.create(
        'case',
        caseRecord('case:xss', { title: '<img src=x onerror=alert(1)>', visibility: 'public' }),
      ),
    );
    const res = await app.request('/');
    const html = await res.text();
    assert.equal(html.includes('<img src=x'), false);
    assert.equal(html.includes('&#60;img src=x onerror=alert(1)&#62;'), true);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });
});

test('a database that cannot be opened answers 503 Service Unavailable', () => {
  const { status, body } = errorResponse(
    new DomainError('store.unavailable', 'cannot open the PostgreSQL database postgres://db/x: timeout'),
  );
  assert.equal(status, 503);
  assert.equal((body as { error: { code: string } }).error.code, 'store.unavailable');
});

test('a method a path does not take answers 405 with the methods it does, and no route still 404', async () => {
  const app = createApp({
    openSession: () => {
      throw new Error('nothing is read for a method the route does not take');
    },
    law,
    clock,
  });
  for (const [method, path, allow] of [
    ['PUT', '/api/cases', 'GET, HEAD, POST, OPTIONS'],
    ['DELETE', `/api/cases/${encodeURIComponent(CASE)}`, 'GET, HEAD, OPTIONS'],
    ['PUT', `/api/cases/${encodeURIComponent(CASE)}/facts`, 'GET, HEAD, OPTIONS'],
    ['POST', `/api/persons/person:x`, 'GET, HEAD, PUT, PATCH, DELETE, OPTIONS'],
    ['GET', `/api/persons/person:x/restore`, 'POST, OPTIONS'],
    ['PATCH', '/', 'GET, HEAD, OPTIONS'],
  ] as const) {
    const res = await app.request(path, { method });
    assert.equal(res.status, 405, `${method} ${path}`);
    assert.equal(res.headers.get('allow'), allow);
    const body = (await json(res)) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'route.method_not_allowed');
    assert.match(body.error.message, new RegExp(`^${method} is not allowed on `));
  }
  const options = await app.request('/api/cases', { method: 'OPTIONS' });
  assert.equal(options.status, 204);
  assert.equal(options.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
  assert.equal((await app.request('/api/nothing', { method: 'POST' })).status, 404);
});
