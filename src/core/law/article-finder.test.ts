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

test('an offence named as the press names it: by the names the law data gives besides its title, in each language', () => {
  // "разжигание" (the press's word) where the title says "возбуждение"; a rally "unauthorised", not the title's words.
  assert.equal(numbers('разжигание социальной розни')[0], '174');
  assert.equal(numbers('taking part in an unauthorised rally')[0], '400');
  // The act named first wins over a title holding more of the words about whom ("law enforcement officer").
  assert.equal(numbers('insulting law enforcement officers')[0], '378');
  // Every offence of the special part has an English title and a Kazakh one to be found by.
  assert.equal(numbers('extortion')[0], '194');
  assert.equal(numbers('жалған ақпарат тарату')[0], '274');
  assert.equal(numbers('жаппай тәртіпсіздіктерді ұйымдастыру')[0], '272(1)');
});
