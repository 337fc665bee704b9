import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caseRecord, chargeRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { inCanonicalOrder } from '../../../test/support/search-order.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { openSession, type Session } from '../../core/access/session.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../../core/actor.ts';
import { isDomainError } from '../../core/errors.ts';
import { restoreRecord } from '../../core/record/record.service.ts';
import type { Store } from '../../core/ports.ts';
import { SEARCH_KINDS, type SearchHit, type SearchQuery } from '../../core/search/search.ts';
import { loadDemoIfEmpty } from '../../exchange/demo-data.ts';
import { loadLegalKnowledge } from '../law-files.ts';

// The contract both providers keep (SQLite FTS5, PostgreSQL full-text): the same answers on both databases.

const DEFENDANT = 'person:zhanbolat-mamay';
const DEMO_CASE = 'case:kz-mamay-2022';
const viewer: Actor = { id: 'user:vera', user: 'vera', roles: ['viewer'] };
const named: Actor = { id: 'user:nadia', user: 'nadia', roles: ['viewer'] };
const law = loadLegalKnowledge();

const ids = (hits: readonly { id: string }[]) => hits.map((h) => h.id);
const everyText = (hits: readonly SearchHit[]) =>
  hits.map((h) => `${h.title} ${h.field} ${h.snippet.map((s) => s.text).join('')}`).join('\n');

/** Every hit of a query, page after page by the cursor. */
async function allHits(session: Session, query: SearchQuery): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1_000; pages++) {
    const page = await session.search(cursor === undefined ? query : { ...query, cursor });
    hits.push(...page.hits);
    if (page.next === undefined) return hits;
    cursor = page.next;
  }
  throw new Error('the cursor never ended');
}

forEachStore('search: the demo case', (getStore) => {
  const demo = async (): Promise<Session> => {
    await loadDemoIfEmpty(getStore(), law);
    return openSession(getStore(), PUBLIC_ACTOR);
  };

  test('every form of the defendant’s name finds him first, and his case', async () => {
    const session = await demo();
    for (const text of ['Mamai', 'Mamay', 'Mamaı', 'Мамай', 'Мамая', 'Мамаем', 'MAMAY Zhanbolat']) {
      const page = await session.search({ text });
      assert.equal(page.hits[0]?.id, DEFENDANT, `${text}: ${ids(page.hits).join(', ')}`);
      assert.equal(page.hits[0]?.match, 'exact', text);
      assert.ok(ids(page.hits).includes(DEMO_CASE), `${text} finds the case`);
      assert.ok(
        page.hits[0]?.snippet.some((s) => s.hit),
        `${text}: a marked segment`,
      );
    }
  });

  test('an article in every form finds its charges; a part narrows them', async () => {
    const session = await demo();
    for (const text of ['272', 'ст. 272', '272-бап', 'Article 272(1)', 'ч. 1 ст. 272 УК РК', '272 ч.1']) {
      const found = ids((await session.search({ text, kinds: ['charge'] })).hits);
      assert.deepEqual(found, ['charge:mamay-272-1-first', 'charge:mamay-272-1-second'], text);
    }
    const other = ids((await session.search({ text: 'ст. 400', kinds: ['charge'] })).hits);
    assert.ok(other.length > 0 && !other.some((id) => id.includes('272')), other.join(', '));
  });

  test('a phrase in quotes, plain words of titles and facets counted over the hits', async () => {
    const session = await demo();
    const page = await session.search({ text: '"mass riots"' });
    assert.ok(ids(page.hits).includes(DEMO_CASE));
    assert.equal((await session.search({ text: '"riots mass"' })).total, 0);
    const kinds = Object.fromEntries(page.facets.kind.map((f) => [f.value, f.count]));
    assert.equal(kinds.case, 1);
    // A hit counts under the article when it is the case or belongs to it (its charges, its documents).
    const ofTheCase = page.hits.filter((h) => h.id === DEMO_CASE || h.caseId === DEMO_CASE);
    assert.ok(ofTheCase.length > kinds.case, 'the case and its charges');
    assert.equal(page.facets.article.find((f) => f.value === '272')?.count, ofTheCase.length);
    const filtered = await session.search({ text: 'Mamay', article: 'ст. 272', kinds: ['case'] });
    assert.deepEqual(ids(filtered.hits), [DEMO_CASE]);
    assert.equal((await session.search({ text: 'Mamay', article: '999' })).total, 0);
  });

  test('suggestions as one types, and a person who may be the same', async () => {
    const session = await demo();
    for (const text of ['Mam', 'Мам', 'zhanb'])
      assert.ok(
        (await session.suggest(text)).some((s) => s.id === DEFENDANT),
        text,
      );
    // A picker asks for one kind: the case's title holds the name too, but a person picker is offered persons.
    const persons = await session.suggest('Mam', 20, ['person']);
    assert.ok(persons.some((s) => s.id === DEFENDANT));
    assert.deepEqual([...new Set(persons.map((s) => s.kind))], ['person']);
    assert.deepEqual(
      (await session.suggest('Mam', 20, ['case'])).map((s) => s.kind),
      ['case'],
    );
    // An organisation's name typed in another script.
    assert.deepEqual(
      (await session.suggest('Алматы', 20, ['organisation'])).map((s) => s.id),
      ['org:almaty-city-prosecutor'],
    );
    const similar = await session.similarPersons(['Жанболат Мамаев', 'MAMAI Zhanbolat']);
    assert.deepEqual(
      similar.map((s) => [s.id, s.match]),
      [[DEFENDANT, 'exact']],
    );
    assert.ok(similar[0]?.names.includes('Жанболат Мамай'));
    assert.deepEqual(await session.similarPersons(['Someone Else']), []);
  });

  test('rebuilding the index gives the same answers', async () => {
    const session = await demo();
    const queries = ['Мамаем', 'ст. 272', '"mass riots"', 'Almaty'];
    const before = await Promise.all(queries.map((text) => session.search({ text })));
    const rebuilt = await openSession(getStore(), SYSTEM_ACTOR).rebuildSearch();
    assert.ok(rebuilt.records > 10 && rebuilt.entries > rebuilt.records);
    const after = await Promise.all(queries.map((text) => session.search({ text })));
    for (const page of before) assert.equal(page.next, undefined, 'the demo’s answers fit a page');
    assert.deepEqual(after.map(inCanonicalOrder), before.map(inCanonicalOrder));
    await assert.rejects(session.rebuildSearch(), (e) => isDomainError(e, 'auth.forbidden'));
  });

  test('a cursor not given by a search is refused, naming the place', async () => {
    const session = await demo();
    await assert.rejects(session.search({ text: 'Mamay', cursor: 'bm90IGEgY3Vyc29y' }), (e) =>
      isDomainError(e, 'validation.invalid'),
    );
    await assert.rejects(session.search({ text: 'Mamay', limit: 1_000 }), (e) =>
      isDomainError(e, 'validation.invalid'),
    );
  });
});

forEachStore('search: writes, scope and paging', (getStore) => {
  const as = (actor: Actor) => openSession(getStore(), actor);
  const create = (store: Store, work: Parameters<Store['run']>[1]) => store.run(SYSTEM_ACTOR, work);

  test('an edit is found at once, a deletion is gone, a rolled-back write changes nothing', async () => {
    const store = getStore();
    const person = personRecord('person:a', {
      visibility: 'public',
      names: [{ value: 'Асель Тургумбаева', script: 'Cyrl', language: 'kk', kind: 'native', sources: [] }],
    });
    await create(store, (tx) => tx.create('person', person));
    const find = async (text: string) => ids((await as(PUBLIC_ACTOR).search({ text })).hits);
    assert.deepEqual(await find('Turgumbayeva'), ['person:a']);
    await create(store, (tx) =>
      tx.update('person', { ...person, names: [{ ...person.names[0]!, value: 'Асель Нурланова' }] }, 1),
    );
    assert.deepEqual(await find('Turgumbayeva'), []);
    assert.deepEqual(await find('Nurlanova'), ['person:a']);
    await assert.rejects(
      create(store, async (tx) => {
        await tx.remove('person', 'person:a', 2);
        await tx.create('person', personRecord('person:b', { visibility: 'public' }));
        throw new Error('changed my mind');
      }),
    );
    assert.deepEqual(await find('Nurlanova'), ['person:a']);
    assert.deepEqual(await find('Mamay'), []);
    await create(store, (tx) => tx.remove('person', 'person:a', 2));
    assert.deepEqual(await find('Nurlanova'), []);
    await restoreRecord(as(SYSTEM_ACTOR), 'person', 'person:a', 1);
    assert.deepEqual(await find('Turgumbayeva'), ['person:a'], 'a restored version is found again');
  });

  test('a restricted record is found only by whom it names; a restricted field never shows', async () => {
    const store = getStore();
    await create(store, async (tx) => {
      await tx.create(
        'person',
        personRecord('person:open', {
          visibility: 'public',
          description: 'Blogger; lives at Abaya street',
          fieldVisibility: { description: 'restricted' },
        }),
      );
      await tx.create(
        'case',
        caseRecord('case:closed', {
          title: 'Secret Mamay case',
          visibility: 'restricted',
          readers: ['user:nadia'],
        }),
      );
      await tx.create('case', caseRecord('case:open', { title: 'Open Mamay case', visibility: 'public' }));
      await tx.create(
        'charge',
        chargeRecord('charge:closed', 'case:open', {
          visibility: 'restricted',
          article: { jurisdiction: 'kz', code: 'cc', article: '174' },
        }),
      );
    });
    for (const actor of [PUBLIC_ACTOR, viewer]) {
      const page = await as(actor).search({ text: 'Mamay' });
      assert.deepEqual(ids(page.hits).sort(), ['case:open', 'person:open'], actor.id);
      assert.ok(!everyText(page.hits).includes('Abaya'));
      assert.ok(!page.hits.some((h) => h.field === 'description'));
      assert.deepEqual(page.facets.article, [], `${actor.id}: no article of a charge they may not see`);
      assert.equal((await as(actor).search({ text: 'Abaya' })).total, 0);
      assert.equal((await as(actor).search({ text: '174' })).total, 0);
      assert.deepEqual(await as(actor).suggest('Secret'), []);
    }
    assert.deepEqual(ids((await as(named).search({ text: 'Secret' })).hits), ['case:closed']);
    assert.deepEqual(ids((await as(SYSTEM_ACTOR).search({ text: 'Abaya' })).hits), ['person:open']);
    const admin = await as(SYSTEM_ACTOR).search({ text: 'Mamay', kinds: ['case'] });
    assert.deepEqual(admin.facets.article, [{ value: '174', count: 1 }]);
  });

  test('the cursor pages through every hit, each once, without a ceiling', async () => {
    const store = getStore();
    const spellings = ['Mamay', 'Mamai', 'Мамай', 'Mamaj', 'MAMAY'];
    await create(store, async (tx) => {
      for (let i = 0; i < 45; i++)
        await tx.create(
          'person',
          personRecord(`person:p${String(i).padStart(2, '0')}`, {
            visibility: 'public',
            names: [
              {
                value: `${spellings[i % 5]} Test${i}`,
                script: 'Latn',
                language: 'en',
                kind: 'native',
                sources: [],
              },
            ],
          }),
        );
    });
    for (const limit of [1, 7, 20]) {
      const hits = await allHits(as(PUBLIC_ACTOR), { text: 'Мамай', limit });
      const found = ids(hits);
      assert.equal(found.length, 45, `limit ${limit}`);
      assert.equal(new Set(found).size, 45);
      const tiers = hits.map((h) => h.score);
      assert.deepEqual(
        tiers,
        [...tiers].sort((a, b) => b - a),
        'the best first, across pages',
      );
    }
    assert.equal((await as(PUBLIC_ACTOR).search({ text: 'Мамай', limit: 5 })).total, 45);
  });
});

// Bounds far below the data: every search here reads past what it counts, and pages are read segment by segment.
forEachStore(
  'search: a broad search, past its bounds',
  (getStore) => {
    const as = (actor: Actor) => openSession(getStore(), actor);
    const name = (value: string) => ({
      value,
      script: /[А-я]/.test(value) ? ('Cyrl' as const) : ('Latn' as const),
      language: 'en',
      kind: 'native' as const,
      sources: [],
    });

    /** Records written with kinds and tiers interleaved, so no kind's or tier's entries come in one run. */
    async function write(): Promise<{ byTier: string[][]; hidden: string[] }> {
      const exact: string[] = [];
      const loose: string[] = [];
      const text: string[] = [];
      const hidden: string[] = [];
      await getStore().run(SYSTEM_ACTOR, async (tx) => {
        // Found by its description only, and written first: its entry comes before every name's.
        await tx.create(
          'person',
          personRecord('person:text', { visibility: 'public', description: 'Met Nurlan in Almaty' }),
        );
        text.push('person:text');
        for (let i = 0; i < 12; i++) {
          const id = `person:n${String(i).padStart(2, '0')}`;
          const isHidden = i % 4 === 3;
          const spelling = ['Nurlan', 'Нурлан', 'NURLAN'][i % 3] ?? '';
          await tx.create(
            'person',
            personRecord(id, {
              visibility: isHidden ? 'restricted' : 'public',
              names: [name(`${spelling} Test${i}`)],
            }),
          );
          (isHidden ? hidden : exact).push(id);
          if (i % 3 === 0) {
            const other = `person:l${i}`;
            await tx.create(
              'person',
              personRecord(other, { visibility: 'public', names: [name(`Nurlen Loose${i}`)] }),
            );
            loose.push(other);
          }
          if (i % 5 === 0) {
            const c = `case:c${i}`;
            await tx.create(
              'case',
              caseRecord(c, { title: `The case of Nurlan Test${i}`, visibility: 'public' }),
            );
            exact.push(c);
          }
        }
        // Found by two names and its description: once, by its name.
        await tx.create(
          'person',
          personRecord('person:twice', {
            visibility: 'public',
            names: [name('Nurlan Twice'), name('Нурлан Дважды')],
            description: 'Nurlan, twice named',
          }),
        );
        exact.push('person:twice');
      });
      const persons = exact.filter((id) => id.startsWith('person:'));
      const cases = exact.filter((id) => id.startsWith('case:'));
      return { byTier: [[...persons, ...cases], loose, text], hidden };
    }

    test('a segment before the last entry counted is read when it holds hits, passed over when it holds none', async () => {
      await getStore().run(SYSTEM_ACTOR, async (tx) => {
        // The cases are written first, but persons' names come first in the index's order.
        for (let i = 0; i < 8; i++)
          await tx.create(
            'case',
            caseRecord(`case:z${i}`, { title: `Zhetisu affair ${i}`, visibility: 'public' }),
          );
        for (const i of [0, 1])
          await tx.create(
            'person',
            personRecord(`person:z${i}`, { visibility: 'public', names: [name(`Zhetisu Aman${i}`)] }),
          );
      });
      const first = await as(PUBLIC_ACTOR).search({ text: 'Zhetisu', limit: 50 });
      assert.equal(first.totalIsLowerBound, true, 'the count read the two names and three of the cases');
      assert.deepEqual(ids(await allHits(as(PUBLIC_ACTOR), { text: 'Zhetisu', limit: 50 })), [
        'person:z0',
        'person:z1',
        ...Array.from({ length: 8 }, (_, i) => `case:z${i}`),
      ]);
    });

    test('paging reaches every hit once, in the order of hits, and the total says it is a lower bound', async () => {
      const { byTier, hidden } = await write();
      const expected = byTier.flat();
      for (const limit of [1, 3, 50]) {
        const hits = await allHits(as(PUBLIC_ACTOR), { text: 'Nurlan', limit });
        const found = ids(hits);
        assert.equal(new Set(found).size, found.length, `limit ${limit}: a record comes once`);
        assert.deepEqual([...found].sort(), [...expected].sort(), `limit ${limit}`);
        assert.ok(!found.some((id) => hidden.includes(id)), 'a restricted record is not found');
        const order = hits.map((h) => [4 - h.score, SEARCH_KINDS.indexOf(h.kind)] as const);
        const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        assert.deepEqual(order, sorted, `limit ${limit}: by tier, then kind`);
        for (const [tier, group] of byTier.entries())
          assert.deepEqual(
            hits
              .filter((h) => 4 - h.score === tier)
              .map((h) => h.id)
              .sort(),
            [...group].sort(),
            `limit ${limit}: tier ${tier}`,
          );
      }
      const first = await as(PUBLIC_ACTOR).search({ text: 'Nurlan', limit: 3 });
      assert.equal(first.totalIsLowerBound, true);
      assert.ok(first.total > 0 && first.total <= expected.length, `total ${first.total}`);
      const kinds = first.facets.kind.reduce((n, f) => n + f.count, 0);
      assert.equal(kinds, first.total, 'the facets count what the total counts');
      const everything = await allHits(as(SYSTEM_ACTOR), { text: 'Nurlan', limit: 4 });
      assert.deepEqual(
        ids(everything).sort(),
        [...expected, ...hidden].sort(),
        'an administrator finds them all',
      );
    });

    test('a kind or a filter narrows a broad search, and a narrow one is counted exactly', async () => {
      const { byTier } = await write();
      const cases = await allHits(as(PUBLIC_ACTOR), { text: 'Nurlan', kinds: ['case'], limit: 2 });
      assert.deepEqual(ids(cases).sort(), (byTier[0] ?? []).filter((id) => id.startsWith('case:')).sort());
      // Nurlen is written four times; every Nurlan is Nurlen loosely (the same consonants), after them.
      const nurlen = await allHits(as(PUBLIC_ACTOR), { text: 'Nurlen', limit: 5 });
      const persons = (byTier[0] ?? []).filter((id) => id.startsWith('person:'));
      assert.deepEqual(
        nurlen.map((h) => [h.match, h.id]),
        [
          ...[...(byTier[1] ?? [])].sort().map((id) => ['exact', id]),
          ...[...persons].sort().map((id) => ['loose', id]),
        ].sort((a, b) => (a[0] === b[0] ? 0 : a[0] === 'exact' ? -1 : 1)),
      );
      const twice = await as(PUBLIC_ACTOR).search({ text: 'Дважды' });
      assert.deepEqual(ids(twice.hits), ['person:twice']);
      assert.deepEqual([twice.total, twice.totalIsLowerBound], [1, false]);
    });
  },
  { searchBounds: { counted: 4, examined: 7 } },
);
