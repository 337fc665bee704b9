import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namePairs } from '../../../test/support/name-pairs.ts';
import { loadNameFolder } from '../../store/name-folding-file.ts';
import { indexedPageText, MAX_PAGE_TEXT, SearchDocuments } from './search-entries.ts';
import { planQuery } from './search-query.ts';
import { articleTerms, findCitations } from './search-text.ts';

const folder = loadNameFolder();

test('a name’s keys folded word by word (kept once each) are the folder’s own, for every form of the labelled set', () => {
  const documents = new SearchDocuments(folder);
  const names = new Set(namePairs().flatMap((p) => [p.a, p.b]));
  names.add('Ержан Болатұлы Мамай').add('Erzhan Bolat uly Mamay').add('Асель Нұрлан қызы').add('Zh. Mamay');
  for (const name of names) {
    const expected = folder.nameKeys(name);
    // Twice: the second answer comes from what was kept.
    for (const got of [documents.nameKeys(name), documents.nameKeys(name)]) {
      assert.deepEqual([...got.keys].sort(), [...expected.keys].sort(), name);
      assert.deepEqual([...got.looseKeys].sort(), [...expected.looseKeys].sort(), name);
    }
  }
});

test('every form of a citation gives the article, and the part when it is written', () => {
  const forms: [string, string[]][] = [
    ['ст. 272', ['a272']],
    ['272-бап', ['a272']],
    ['Article 272(1)', ['a272', 'a272p1']],
    ['ч. 1 ст. 272 УК РК', ['a272', 'a272p1']],
    ['272 ч.1', ['a272', 'a272p1']],
    ['272-баптың 1-бөлігі', ['a272', 'a272p1']],
    ['статьи 405-1', ['a405x1']],
    ['Criminal Code art. 272(1) and art. 400', ['a272', 'a272p1', 'a400']],
  ];
  for (const [text, terms] of forms)
    assert.deepEqual(
      findCitations(text).citations.flatMap((c) => articleTerms(c)),
      terms,
      text,
    );
  assert.deepEqual(findCitations('born 1972, arrested on 12 May').citations, []);
  // A time of day in a record ("в 14 ч. 30 мин.") is hours and minutes, not article 14, part 30.
  assert.deepEqual(findCitations('задержан 5 января в 14 ч. 30 мин.').citations, []);
  assert.deepEqual(findCitations('в 9 ч 5 min').citations, []);
  assert.deepEqual(
    findCitations('272 ч. 1 УК РК').citations.flatMap((c) => articleTerms(c)),
    ['a272', 'a272p1'],
  );
});

test('a query: quoted phrases, citations without the code’s name, each other word by its words and keys', () => {
  const plan = planQuery(folder, '"mass riots" ч. 1 ст. 272 УК РК Мамаем');
  assert.deepEqual(plan.clauses[0], { phrase: ['mass', 'riots'] });
  assert.deepEqual(plan.clauses[1], { alternatives: [{ column: 'terms', token: 'a272p1' }] });
  assert.equal(plan.clauses.length, 3, 'УК and РК are the code, not words to find');
  const name = plan.clauses[2];
  assert.ok(name !== undefined && 'alternatives' in name);
  assert.ok(name.alternatives.some((a) => a.column === 'words' && a.token === 'мамаем'));
  assert.ok(name.alternatives.some((a) => a.column === 'terms' && a.token === 'nmama'));
});

test('a word with a lost space asks for each of its names, not for either', () => {
  const apart = planQuery(folder, 'Тургумбаев Ерлан');
  const together = planQuery(folder, 'ТургумбаевЕрлан');
  assert.equal(together.clauses.length, 2);
  const terms = (plan: typeof apart) =>
    plan.clauses.map((c) =>
      'phrase' in c
        ? []
        : c.alternatives
            .filter((a) => a.column === 'terms')
            .map((a) => a.token)
            .sort(),
    );
  assert.deepEqual(terms(together), terms(apart));
});

test('a record’s fields each keep their own visibility, and a restricted default (contact) holds', () => {
  const documents = new SearchDocuments(folder);
  const doc = documents.documentOf('person', {
    id: 'person:a',
    names: [{ value: 'Жанболат Мамай' }],
    description: 'Blogger',
    occupation: 'journalist',
    visibility: 'public',
    fieldVisibility: { description: 'internal' },
  });
  const by = Object.fromEntries((doc?.entries ?? []).map((e) => [e.field, e.visibility]));
  assert.deepEqual(by, { names: 'public', description: 'internal', occupation: 'public' });
  assert.equal(documents.documentOf('decision', { id: 'decision:a', visibility: 'public' }), undefined);
});

test('a page of a document: its words, its names’ keys and its citations, the first 10,000 characters of it', () => {
  const documents = new SearchDocuments(folder);
  const [page2, blank] = documents.pageEntries('internal', [
    { page: 2, text: 'Допрос проведён вместе с Мамаем, предусмотренное ч. 1 ст. 272 УК РК.' },
    { page: 3, text: ' \n ' },
  ]);
  assert.equal(blank, undefined, 'a page without text gives no entry');
  assert.equal(page2?.page, 2);
  assert.equal(page2?.field, 'page');
  assert.equal(page2?.isName, false);
  assert.equal(page2?.visibility, 'internal');
  const terms = page2?.terms.split(' ') ?? [];
  for (const term of ['nmama', 'a272', 'a272p1']) assert.ok(terms.includes(term), term);
  assert.ok(page2?.words.split(' ').includes('допрос'));

  const long = `${'слово '.repeat(1_664)}Quokka ${'x'.repeat(MAX_PAGE_TEXT)}`;
  const kept = indexedPageText(long);
  assert.ok(kept.length <= MAX_PAGE_TEXT && kept.length > MAX_PAGE_TEXT - 200, `${kept.length}`);
  assert.ok(kept.endsWith('Quokka'), 'cut at the last space before the limit');
  const [entry] = documents.pageEntries('public', [
    { page: 1, text: `${'y'.repeat(MAX_PAGE_TEXT + 5)} Tail` },
  ]);
  assert.equal(entry?.text.length, MAX_PAGE_TEXT, 'no space near the limit: cut at it');
  assert.ok(!entry?.words.includes('tail'));
  assert.equal(indexedPageText('short page'), 'short page');
});
