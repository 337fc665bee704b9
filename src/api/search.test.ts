import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { Store } from '../core/ports.ts';
import { bodyOf, testApi, type As } from '../../test/support/api.ts';
import { caseRecord, chargeRecord, personRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Page = {
  hits: {
    kind: string;
    id: string;
    field: string;
    title: string;
    snippet: { text: string; hit: boolean }[];
  }[];
  facets: Record<string, { value: string; count: number }[]>;
  total: number;
  next?: string;
};
type Issues = { error: { code: string; issues: { field?: string; path?: string }[] } };

/** A word only a restricted field holds. */
const SECRET = 'quokkas';

const name = (
  value: string,
  script: 'Latn' | 'Cyrl',
  kind: 'native' | 'transliteration' = 'transliteration',
) => ({
  value,
  script,
  language: script === 'Cyrl' ? 'kk' : 'en',
  kind,
  sources: [],
});

forEachStore('search over HTTP, as each reader may see it', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    await getStore().run(SYSTEM_ACTOR, async (tx) => {
      await tx.create(
        'person',
        personRecord('person:open', {
          visibility: 'public',
          names: [name('Жанболат Мамай', 'Cyrl', 'native'), name('Zhanbolat Mamay', 'Latn')],
          description: `Mamay told his lawyer about the ${SECRET} in the yard`,
          fieldVisibility: { description: 'restricted' },
        }),
      );
      await tx.create('person', personRecord('person:internal', { names: [name('Айгерим Мамай', 'Cyrl')] }));
      await tx.create(
        'case',
        caseRecord('case:open', {
          visibility: 'public',
          title: 'The prosecution of Zhanbolat Mamay',
          participants: [{ person: 'person:open', role: 'defendant', sources: [] }],
        }),
      );
      await tx.create('case', caseRecord('case:internal', { title: 'An internal file on Mamay' }));
      await tx.create(
        'charge',
        chargeRecord('charge:open', 'case:open', { visibility: 'public', defendant: 'person:open' }),
      );
    });
  });

  const search = async (as: As, query: string) => {
    const res = await api.call(as, 'GET', `/api/search?${query}`);
    const text = await res.clone().text();
    return { status: res.status, text, page: res.status === 200 ? await bodyOf<Page>(res) : undefined };
  };
  const ids = (page: Page | undefined) => (page?.hits ?? []).map((h) => h.id).sort();

  test('the public finds public records only; an editor also the internal ones', async () => {
    const asPublic = await search('public', 'q=Mamay');
    assert.equal(asPublic.status, 200);
    assert.deepEqual(
      ids(asPublic.page).filter((id) => id.endsWith(':internal')),
      [],
    );
    assert.ok(ids(asPublic.page).includes('person:open'));
    assert.ok(ids(asPublic.page).includes('case:open'));
    const asEditor = await search('editor', 'q=Mamay');
    assert.ok(ids(asEditor.page).includes('person:internal'), JSON.stringify(ids(asEditor.page)));
    assert.ok(ids(asEditor.page).includes('case:internal'));
    assert.ok((asEditor.page?.total ?? 0) > (asPublic.page?.total ?? 0));
    // The facets count what the reader may see: the public's kinds add up to the public's total.
    const kinds = asPublic.page?.facets.kind ?? [];
    assert.equal(
      kinds.reduce((sum, k) => sum + k.count, 0),
      asPublic.page?.total,
    );
  });

  test('every form of the name finds the person, in any script, declined, family name first', async () => {
    for (const q of ['Mamai', 'Mamay', 'Mamaı', 'Мамай', 'Мамая', 'Мамаем', 'MAMAY Zhanbolat'])
      assert.ok(ids((await search('public', `q=${encodeURIComponent(q)}`)).page).includes('person:open'), q);
  });

  test('a restricted field is never in a snippet, a hit or a facet for a reader who may not see it', async () => {
    for (const as of ['public', 'viewer', 'editor'] as const) {
      const bySecret = await search(as, `q=${SECRET}`);
      assert.equal(bySecret.page?.total, 0, `${as} finds by a restricted field`);
      const byName = await search(as, 'q=Mamay');
      assert.equal(byName.text.includes(SECRET), false, `${as} sees the restricted text`);
      assert.equal(
        byName.page?.hits.some((h) => h.field === 'description'),
        false,
      );
    }
    const asAdmin = await search('admin', `q=${SECRET}`);
    const hit = asAdmin.page?.hits.find((h) => h.id === 'person:open');
    assert.ok(hit, 'the admin finds it');
    assert.ok(hit.snippet.some((s) => s.hit && s.text.toLowerCase().includes(SECRET)));
  });

  test('a kind filter narrows the results, and the kinds are facets', async () => {
    const cases = await search('public', 'q=Mamay&kind=case');
    assert.deepEqual(ids(cases.page), ['case:open']);
    const both = await search('editor', 'q=Mamay&kind=person,case');
    assert.deepEqual([...new Set(both.page?.hits.map((h) => h.kind))].sort(), ['case', 'person']);
  });

  test('suggestions and similar persons: only what the reader may see', async () => {
    const suggest = async (as: As) =>
      (
        await bodyOf<{ suggestions: { id: string }[] }>(
          await api.call(as, 'GET', '/api/search/suggest?q=Мам'),
        )
      ).suggestions.map((s) => s.id);
    assert.ok((await suggest('public')).includes('person:open'));
    assert.equal((await suggest('public')).includes('person:internal'), false);
    assert.ok((await suggest('editor')).includes('person:internal'));
    const kinds = await bodyOf<{ suggestions: { kind: string }[] }>(
      await api.call('editor', 'GET', '/api/search/suggest?q=Мам&kind=case'),
    );
    assert.deepEqual([...new Set(kinds.suggestions.map((s) => s.kind))], ['case']);
    // Named in the reader's language where the person has a name in it, else under the first name.
    const labelIn = async (lang: string, as: As = 'editor') =>
      (
        await bodyOf<{ suggestions: { id: string; label: string }[] }>(
          await api.call(as, 'GET', `/api/search/suggest?q=Mamay&kind=person&lang=${lang}`),
        )
      ).suggestions.find((s) => s.id === 'person:open')?.label;
    assert.equal(await labelIn('en'), 'Zhanbolat Mamay');
    assert.equal(await labelIn('kk'), 'Жанболат Мамай');
    // No name in Russian: one in its script (a Kazakh Cyrillic name) is read before the Latin first name.
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.create(
        'person',
        personRecord('person:latin-first', {
          visibility: 'public',
          names: [name('Aigerim Mamai', 'Latn'), name('Әйгерім Мамай', 'Cyrl', 'native')],
        }),
      ),
    );
    const latinFirst = async (lang: string) =>
      (
        await bodyOf<{ suggestions: { id: string; label: string }[] }>(
          await api.call('editor', 'GET', `/api/search/suggest?q=Mamai&kind=person&lang=${lang}`),
        )
      ).suggestions.find((s) => s.id === 'person:latin-first')?.label;
    assert.equal(await latinFirst('ru'), 'Әйгерім Мамай');
    assert.equal(await latinFirst('de'), 'Aigerim Mamai');
    assert.equal(await labelIn('de'), 'Жанболат Мамай');
    assert.equal(await labelIn('en', 'public'), 'Zhanbolat Mamay');
    const badLang = await api.call('editor', 'GET', '/api/search/suggest?q=Mamay&lang=english!');
    assert.equal(badLang.status, 400);
    assert.match(JSON.stringify(await bodyOf(badLang)), /lang/);

    const similar = async (as: As, names: string[]) =>
      (
        await bodyOf<{ persons: { id: string; match: string }[] }>(
          await api.call(as, 'POST', '/api/persons/similar', { names }),
        )
      ).persons.map((p) => p.id);
    assert.ok((await similar('editor', ['Zhanbolat Mamai'])).includes('person:open'));
    assert.ok((await similar('editor', ['Мамай Айгерим'])).includes('person:internal'));
    assert.equal((await similar('public', ['Мамай Айгерим'])).includes('person:internal'), false);
  });

  test('pages follow one another by cursor, each hit once, the last with no cursor', async () => {
    const all = await search('editor', 'q=Mamay');
    const seen: string[] = [];
    let query = 'q=Mamay&limit=1';
    for (let n = 0; n < 20; n++) {
      const { page } = await search('editor', query);
      assert.equal(page?.hits.length, 1);
      seen.push(...ids(page));
      if (page?.next === undefined) break;
      query = `q=Mamay&limit=1&cursor=${encodeURIComponent(page.next)}`;
    }
    assert.equal(seen.length, all.page?.total);
    assert.deepEqual([...seen].sort(), ids(all.page));
  });

  test('bad input is a 400 naming its place', async () => {
    const place = async (method: string, path: string, body?: unknown) => {
      const res = await api.call('editor', method, path, body);
      assert.equal(res.status, 400, path);
      const issue = (await bodyOf<Issues>(res)).error.issues[0];
      return issue?.field ?? issue?.path;
    };
    assert.equal(await place('GET', '/api/search'), 'q');
    assert.equal(await place('GET', '/api/search?q=x&kind=spaceship'), 'kind');
    assert.equal(await place('GET', '/api/search?q=x&limit=0'), 'limit');
    assert.equal(await place('GET', '/api/search?q=x&limit=101'), 'limit');
    assert.equal(await place('GET', '/api/search?q=x&from=2023-01-01&to=2022-01-01'), 'from');
    assert.equal(await place('GET', '/api/search?q=x&from=2023-13-01'), 'from');
    assert.equal(await place('GET', '/api/search/suggest?q='), 'q');
    assert.equal(await place('GET', '/api/search/suggest?q=x&kind=spaceship'), 'kind');
    assert.equal(await place('POST', '/api/persons/similar', { names: [] }), '$.names');
    assert.equal(await place('POST', '/api/persons/similar', { name: 'x' }), '$.names');
  });
});
