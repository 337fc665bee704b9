import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SnippetSegment } from './search.ts';
import type { MatchPlan } from './search-query.ts';
import { snippetOf } from './snippet.ts';

/** A folder that gives no name keys: the words alone decide. */
const words = { fold: () => [] };
const marksOf = (...matched: string[]): MatchPlan['marks'] => ({
  words: new Set(matched),
  terms: new Set<string>(),
});
const hits = (segments: SnippetSegment[]) => segments.filter((s) => s.hit).map((s) => s.text);
const joined = (segments: SnippetSegment[]) => segments.map((s) => s.text).join('');

test('a short text is its snippet whole, the words the query met marked wherever they are', () => {
  const segments = snippetOf(words, 'Суд отложил заседание; суд удалился.', marksOf('суд'));
  assert.deepEqual(segments, [
    { text: 'Суд', hit: true },
    { text: ' отложил заседание; ', hit: false },
    { text: 'суд', hit: true },
    { text: ' удалился.', hit: false },
  ]);
});

test('a long text gives a window of whole words around its first hit, with ellipses where it is cut', () => {
  const text = `${'начало текста '.repeat(40)}мера пресечения изменена ${'конец текста '.repeat(40)}`;
  const segments = snippetOf(words, text, marksOf('пресечения'));
  const snippet = joined(segments);
  assert.deepEqual(hits(segments), ['пресечения']);
  assert.ok(snippet.startsWith('…начало') || snippet.startsWith('…текста'), snippet);
  assert.ok(snippet.endsWith('…'));
  assert.ok(snippet.length <= 160 + 2 + 20, `${snippet.length}`);
  assert.ok(text.includes(snippet.slice(1, -1)));
});

test('a word the window starts inside, joined by an apostrophe, comes whole', () => {
  const before = `${'слово '.repeat(20)}l'Arc`;
  const text = `${before}${' x'.repeat(19)} Mamay ${'конец '.repeat(40)}`;
  // The window starts 40 characters before the hit, inside "Arc"; the word "l'Arc" is shown whole.
  const cut = text.indexOf('Mamay') - 40;
  assert.ok(cut > before.length - 3 && cut < before.length);
  const snippet = joined(snippetOf(words, text, marksOf('mamay')));
  assert.ok(snippet.startsWith("…l'Arc x"), snippet);
});

test('without a hit in a long text the window is its start', () => {
  const text = 'первые слова '.repeat(30);
  const segments = snippetOf(words, text, marksOf('мамай'));
  assert.deepEqual(hits(segments), []);
  assert.ok(joined(segments).startsWith('первые слова'));
  assert.ok(joined(segments).endsWith('…'));
});

test("each query's own words are marked: the words judged for one query are not another's", () => {
  const text = 'Суд рассмотрел ходатайство адвоката.';
  assert.deepEqual(hits(snippetOf(words, text, marksOf('суд'))), ['Суд']);
  assert.deepEqual(hits(snippetOf(words, text, marksOf('адвоката'))), ['адвоката']);
  assert.deepEqual(hits(snippetOf(words, text, marksOf('суд'))), ['Суд']);
});
