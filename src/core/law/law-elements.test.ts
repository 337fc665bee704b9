import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ElementsFileSchema, elementsIn, type ElementsVersion } from './law-elements.ts';

const titles = (en: string) => ({ en });
const version = (articles: unknown): ElementsVersion =>
  ElementsFileSchema.parse({
    jurisdiction: 'kz',
    schemaVersion: 1,
    sources: [],
    versions: [{ effectiveFrom: '2015-01-01', certainty: 'verified', articles }],
  }).versions[0] as ElementsVersion;

const v = version([
  {
    code: 'cc',
    article: '272',
    part: '3',
    elements: [
      { key: 'calls', kind: 'conduct', titles: titles('calls') },
      { key: 'intent', kind: 'intent', titles: titles('intent') },
    ],
  },
  {
    code: 'cc',
    article: '272',
    part: '4',
    includesPart: '3',
    elements: [{ key: 'online', kind: 'circumstance', titles: titles('online') }],
  },
  { code: 'cc', article: '400', elements: [{ key: 'breach', kind: 'conduct', titles: titles('breach') }] },
]);

test('a part that includes another lists that part’s elements first, then its own', () => {
  assert.deepEqual(
    elementsIn(v, 'cc', '272', '4')?.map((e) => e.key),
    ['calls', 'intent', 'online'],
  );
  assert.deepEqual(
    elementsIn(v, 'cc', '272', '3')?.map((e) => e.key),
    ['calls', 'intent'],
  );
});

test('a part without its own entry takes the article’s; an article the data lacks has none', () => {
  assert.deepEqual(
    elementsIn(v, 'cc', '400', '1')?.map((e) => e.key),
    ['breach'],
  );
  assert.equal(elementsIn(v, 'cc', '272', '1'), undefined);
  // The part unknown: what every listed part shares, which must be proved whichever part it is.
  assert.deepEqual(
    elementsIn(v, 'cc', '272', undefined)?.map((e) => e.key),
    ['calls', 'intent'],
  );
  assert.equal(elementsIn(v, 'cc', '999', undefined), undefined);
  assert.equal(elementsIn(v, 'ac', '400', undefined), undefined);
});

test('the file refuses a duplicate key, a twice-listed part and an included part it does not list', () => {
  const el = (key: string) => ({ key, kind: 'conduct', titles: titles(key) });
  const check = (articles: unknown) =>
    ElementsFileSchema.safeParse({
      jurisdiction: 'kz',
      schemaVersion: 1,
      sources: [],
      versions: [{ effectiveFrom: '2015-01-01', certainty: 'verified', articles }],
    });
  const messages = (articles: unknown) => {
    const r = check(articles);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  assert.match(
    messages([{ code: 'cc', article: '1', elements: [el('a'), el('a')] }]).join(),
    /duplicate element key "a"/,
  );
  assert.match(
    messages([
      { code: 'cc', article: '1', part: '1', elements: [el('a')] },
      { code: 'cc', article: '1', part: '1', elements: [el('b')] },
    ]).join(),
    /cc 1\(1\) is listed twice/,
  );
  assert.match(
    messages([{ code: 'cc', article: '1', part: '2', includesPart: '1', elements: [el('a')] }]).join(),
    /part 1 of article 1 has no elements listed to include/,
  );
  assert.deepEqual(messages([{ code: 'cc', article: '1', elements: [el('a')] }]), []);
});
