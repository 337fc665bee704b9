import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CodeIndexFileSchema } from '../src/core/law/law.ts';
import { ROOT } from './support/cli.ts';

// scripts/generate-code-index.ts turns the transcribed table of contents into data/law/kz/code-index.json.
const SCRIPT = join(ROOT, 'scripts', 'generate-code-index.ts');
const CSV = join(ROOT, '..', 'shared', 'domain', 'kz-criminal-code-articles.csv');
const COMMITTED = join(ROOT, 'data', 'law', 'kz', 'code-index.json');
const dir = mkdtempSync(join(tmpdir(), 'casewatch-index-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const generate = (csv: string, target: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, csv, target], { cwd: ROOT, encoding: 'utf8' });
const read = (file: string) => CodeIndexFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

test('a table of contents becomes the index: quoted titles, divisions, exclusions, earlier titles; English and added articles are kept', () => {
  const csv = join(dir, 'toc.csv');
  writeFileSync(
    csv,
    [
      'article,title_ru,part,section,chapter,status_in_toc_version,title_2014_11_07_selected_diffs',
      '24,Приготовление к преступлению и покушение на преступление,ОБЩАЯ ЧАСТЬ,"РАЗДЕЛ 2. УГОЛОВНЫЕ ПРАВОНАРУШЕНИЯ",,in_toc,',
      '130,[Исключена Законом РК от 26.06.2020 № 349-VI] (до исключения: Клевета),ОСОБЕННАЯ ЧАСТЬ,,Глава 1. ПРОТИВ ЛИЧНОСТИ,excluded,Клевета',
      '373,"Оскорбление, ""в кавычках""\nна две строки",ОСОБЕННАЯ ЧАСТЬ,,Глава 16,in_toc,Старое название',
      '',
    ].join('\n'),
  );
  const target = join(dir, 'index.json');
  const previous = read(COMMITTED);
  writeFileSync(
    target,
    JSON.stringify({
      ...previous,
      articles: [
        { article: '24', titles: { ru: 'x', en: 'Preparation and attempt' }, division: 'general' },
        ...previous.articles.filter((a) => a.article === '269-1'),
      ],
    }),
  );
  generate(csv, target);
  const out = read(target).articles;
  assert.deepEqual(
    out.map((a) => a.article),
    ['24', '130', '269-1', '373'],
  );
  assert.deepEqual(out[0], {
    article: '24',
    titles: { ru: 'Приготовление к преступлению и покушение на преступление', en: 'Preparation and attempt' },
    division: 'general',
    section: { ru: 'РАЗДЕЛ 2. УГОЛОВНЫЕ ПРАВОНАРУШЕНИЯ' },
  });
  assert.deepEqual(out[1], {
    article: '130',
    titles: { ru: 'Клевета' },
    division: 'special',
    chapter: { ru: 'Глава 1. ПРОТИВ ЛИЧНОСТИ' },
    excluded: { law: 'Закон РК от 26.06.2020 № 349-VI', signedOn: '2020-06-26' },
  });
  assert.equal(out[2]?.added?.law, 'Закон РК от 02.07.2021 № 62-VII');
  assert.deepEqual(out[3]?.titles, { ru: 'Оскорбление, "в кавычках" на две строки' });
  assert.deepEqual(out[3]?.earlierTitles, [{ asOf: '2014-11-07', titles: { ru: 'Старое название' } }]);
});

test('the committed index is what the table of contents gives (when the domain notes are at hand)', (t) => {
  if (!existsSync(CSV)) return t.skip(`no ${CSV}`);
  const target = join(dir, 'again.json');
  copyFileSync(COMMITTED, target);
  generate(CSV, target);
  assert.deepEqual(read(target), read(COMMITTED));
});
