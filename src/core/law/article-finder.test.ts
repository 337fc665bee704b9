import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readLawPack } from '../../store/law-files.ts';
import { findArticlesByTitle } from './article-finder.ts';

const kz = readLawPack(fileURLToPath(new URL('../../../data/law/kz', import.meta.url)));
const numbers = (text: string) =>
  findArticlesByTitle(kz, text).map((f) => (f.part !== undefined ? `${f.article}(${f.part})` : f.article));

test('an offence named as a source names it finds its article, and the part its words name, first', () => {
  assert.equal(numbers('organizing mass riots')[0], '272(1)', 'American spelling, a part of 272');
  assert.equal(numbers('mass riots')[0], '272');
  assert.equal(numbers('disseminating false information')[0], '274');
  assert.equal(numbers('violating the procedure for organizing and holding peaceful assemblies')[0], '400');
  assert.ok(numbers('insulting law enforcement officers').includes('378'));
});

test('in Russian and Kazakh too, declined, and among articles whose penalties the law data lacks', () => {
  assert.equal(numbers('организация массовых беспорядков')[0], '272(1)');
  assert.equal(numbers('жаппай тәртіпсіздіктер')[0], '272');
  const fraud = findArticlesByTitle(kz, 'мошенничество');
  assert.deepEqual(
    fraud.map((f) => [f.article, f.known]),
    [['190', 'indexed']],
  );
});

test('the best matches only, at most the limit, and nothing for words that name no offence', () => {
  const found = findArticlesByTitle(kz, 'mass riots');
  assert.ok(
    found.every((f) => f.matched === 2),
    'an article that holds one of two words is left out',
  );
  assert.ok(findArticlesByTitle(kz, 'public', 3).length <= 3);
  assert.deepEqual(numbers('qwertyuiop'), []);
  assert.deepEqual(numbers('272'), [], 'a number is read as a citation, not as a title');
  assert.deepEqual(numbers('the of and'), []);
});
