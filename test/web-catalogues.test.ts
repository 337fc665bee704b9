import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import en from '../web/src/locales/en.json' with { type: 'json' };
import kk from '../web/src/locales/kk.json' with { type: 'json' };
import ru from '../web/src/locales/ru.json' with { type: 'json' };

const CATALOGUES: Record<string, Record<string, string>> = { en, ru, kk };

/** The keys the case page shows: none of them may read in English in the Russian or Kazakh interface. */
const CASE_PAGE =
  /^(asOf|case|facts|status|timeline|lineage|origin|article|charges|step|measures|measureKind|measureStep|hearings|hearingKind|hearingStatus|decisions|decisionKind|outcome|participants|role|sources|warning|date|days|term|jurisdiction|common|error|nav|list)\./;

// Every argument any message takes, as values without a Latin letter, so that what is left is the message's own words.
const ARGS = {
  count: 5,
  checked: 2,
  ticked: 2,
  read: 5,
  paged: 'yes',
  what: '—',
  tied: 'no',
  changed: 2,
  acts: '—',
  authority: '—',
  conduct: '—',
  id: '—',
  side: '—',
  by: '—',
  how: '—',
  added: '—',
  who: '—',
  held: 4,
  same: 'no',
  role: '—',
  organisation: '—',
  registration: '—',
  why: '—',
  again: '—',
  replaced: '—',
  section: '—',
  zone: '—',
  button: '—',
  byNews: 'no',
  isPart: 'yes',
  all: 9,
  cited: 9,
  min: 2,
  max: 5,
  year: 2022,
  date: '1.1',
  from: '1',
  to: '2',
  record: '№',
  code: '—',
  status: '—',
  statuses: '—',
  term: '—',
  article: '272',
  part: '1',
  message: '—',
  native: '—',
  month: '—',
  day: '1',
  version: 2,
  total: 5,
  created: 3,
  updated: 2,
  line: 4,
  column: 7,
  file: '—',
  actor: '—',
  at: '1.1',
  reason: '—',
  source: '—',
  person: '—',
  name: '—',
  offence: '—',
  worked: 2,
  spans: 3,
  span: '—',
  row: '—',
  claims: 2,
  events: 2,
  items: 2,
  qualifier: '—',
  asWritten: 'no',
  length: '—',
  others: 3,
  kind: '—',
  field: '—',
  q: '—',
  element: '—',
  page: 3,
  pages: 3,
  ocr: 1,
  state: '—',
  allegation: '—',
  key: '—',
  law: '—',
  measure: '—',
  days: '—',
  ratio: '0,5',
  successor: '—',
  n: 2,
  bounds: '—',
  articles: '—',
  yearAdded: 2,
  rows: '1, 3',
  penalty: '—',
  verdicts: 1,
  place: '—',
  charge: '—',
  elements: 2,
  not: '—',
  note: '—',
  finding: '—',
  evidence: 1,
  title: '—',
  number: '272(1)',
  later: '—',
  step: '—',
  charges: 2,
  measures: 1,
  hearings: 3,
  names: '—',
  quote: '—',
  records: '—',
  titles: '—',
  sentence: '—',
  words: '—',
};

test('every catalogue has every key, and no key the others lack', () => {
  const keys = Object.keys(en).sort();
  for (const [locale, messages] of Object.entries(CATALOGUES)) {
    assert.deepEqual(Object.keys(messages).sort(), keys, `${locale} has the same keys as en`);
    for (const [key, value] of Object.entries(messages))
      assert.notEqual(value.trim(), '', `${locale} ${key} is empty`);
  }
});

test('every message is valid ICU and formats with the arguments it takes', () => {
  for (const [locale, messages] of Object.entries(CATALOGUES)) {
    const errors: string[] = [];
    const intl = createIntl({ locale, messages, onError: (e) => errors.push(`${e.message}`) });
    for (const key of Object.keys(messages)) intl.formatMessage({ id: key }, ARGS);
    assert.deepEqual(errors, [], locale);
  }
});

test('the case page speaks no English in Russian or Kazakh', () => {
  for (const locale of ['ru', 'kk']) {
    const intl = createIntl({ locale, messages: CATALOGUES[locale] ?? {} });
    const english = Object.keys(en)
      .filter((key) => CASE_PAGE.test(key))
      .map((key) => [key, intl.formatMessage({ id: key }, ARGS)] as const)
      .filter(([, text]) => /[A-Za-z]/.test(text));
    assert.deepEqual(english, [], `${locale}: messages with Latin letters`);
  }
});

test('Russian counts days with its three plural forms, and Kazakh with one', () => {
  const ruIntl = createIntl({ locale: 'ru', messages: ru });
  const days = (n: number) => ruIntl.formatMessage({ id: 'days.count' }, { count: n });
  assert.deepEqual([1, 2, 5, 21, 94, 111].map(days), [
    '1 день',
    '2 дня',
    '5 дней',
    '21 день',
    '94 дня',
    '111 дней',
  ]);
  assert.equal(ruIntl.formatMessage({ id: 'days.later' }, { count: 94 }), 'спустя 94 дня');
  const kkIntl = createIntl({ locale: 'kk', messages: kk });
  assert.equal(kkIntl.formatMessage({ id: 'days.count' }, { count: 5 }), '5 күн');
  const enIntl = createIntl({ locale: 'en', messages: en });
  assert.equal(enIntl.formatMessage({ id: 'days.count' }, { count: 1 }), '1 day');
});
