import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, testApi, type As } from '../../test/support/api.ts';
import { caseRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

type Jurisdictions = {
  items: {
    code: string;
    names?: Record<string, string>;
    hasLawData: boolean;
    cases: number;
    timeZone?: string;
  }[];
};

// The jurisdictions a list is filtered by come from the law data and from the cases the reader may read: a
// case in a jurisdiction the law data does not cover is still offered, and a hidden case is not counted.
forEachStore('GET /api/jurisdictions', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  const get = async (as: As) => {
    const res = await api.call(as, 'GET', '/api/jurisdictions');
    assert.equal(res.status, 200);
    return (await bodyOf<Jurisdictions>(res)).items;
  };
  beforeEach(async () => {
    api = testApi(getStore);
    for (const record of [
      { ...caseRecord('case:kz-1'), visibility: 'public' as const },
      { ...caseRecord('case:kz-2'), visibility: 'internal' as const },
      { ...caseRecord('case:by-1', { jurisdiction: 'by' }), visibility: 'internal' as const },
    ])
      assert.equal((await api.call('editor', 'POST', '/api/cases', { record })).status, 201);
  });

  test('lists the law data and the cases’ jurisdictions, counting only what the reader may read', async () => {
    const visitor = await get('public');
    assert.deepEqual(
      visitor.map((j) => [j.code, j.hasLawData, j.cases]),
      [['kz', true, 1]],
    );
    assert.equal(visitor[0]?.names?.['ru'], 'Республика Казахстан');
    const viewer = await get('viewer');
    assert.deepEqual(
      viewer.map((j) => [j.code, j.hasLawData, j.cases]),
      [
        ['by', false, 1],
        ['kz', true, 2],
      ],
    );
    assert.equal(viewer[0]?.names, undefined);
    // The time zone a case's "today" is read in, from the law data: none where there is no law data.
    assert.deepEqual(
      viewer.map((j) => [j.code, j.timeZone]),
      [
        ['by', undefined],
        ['kz', 'Asia/Almaty'],
      ],
    );
  });
});

type Described = {
  onDate: string;
  moneyUnit?: { key: string; abbreviations: Record<string, string> };
  label: string;
  known: string;
  reason?: string;
  titles?: Record<string, string>;
  excludedBy?: string;
  parts: {
    part?: string;
    titles?: Record<string, string>;
    penalties: {
      type: string;
      min?: { value: number };
      max?: { value: number };
      titles?: Record<string, string>;
    }[];
    gravity?: { key: string; titles: Record<string, string> };
  }[];
};

// A form shows what the law data says of the article being typed: the sanction where it is held, the title
// alone, an exclusion, or why nothing is known; the law is public, and a wrong number is refused by name.
forEachStore('GET /api/jurisdictions/{jurisdiction}/articles/{article}', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  const describe = async (path: string) => {
    const res = await api.call('public', 'GET', `/api/jurisdictions/${path}`);
    assert.equal(res.status, 200, path);
    return bodyOf<Described>(res);
  };
  beforeEach(() => {
    api = testApi(getStore);
  });

  test('a held part: its titles, penalty range with the sentence type named, and gravity, to anyone', async () => {
    const riots = await describe('kz/articles/272?part=1&on=2022-01-05');
    assert.equal(riots.known, 'sanctioned');
    assert.equal(riots.label, 'kz CC 272(1)');
    assert.equal(riots.titles?.['ru'], 'Массовые беспорядки');
    const [part] = riots.parts;
    assert.equal(part?.part, '1');
    assert.equal(part?.titles?.['en'], 'Organising mass riots');
    const prison = part?.penalties.find((p) => p.type === 'imprisonment');
    assert.deepEqual([prison?.min?.value, prison?.max?.value], [4, 10]);
    assert.ok(prison?.titles?.['ru']);
    assert.equal(part?.gravity?.key, 'grave');
    const whole = await describe('kz/articles/272?on=2022-01-05');
    assert.ok(whole.parts.length > 1, 'every part when none is asked for');
    // Fines are stated in the jurisdiction's money unit: the form words it in the reader's language, and as a
    // range's bounds in a language that declines it.
    assert.deepEqual(riots.moneyUnit, {
      key: 'mci',
      abbreviations: { en: 'MCI', ru: 'МРП', kk: 'АЕК' },
      boundForms: { kk: { from: 'АЕК-тен', to: 'АЕК-ке' } },
    });
  });

  test('what the data lacks is described, not refused', async () => {
    const excluded = await describe('kz/articles/108');
    assert.equal(excluded.known, 'excluded');
    assert.match(excluded.excludedBy ?? '', /84-VI/);
    assert.equal(excluded.parts.length, 0);
    const titled = await describe('kz/articles/1');
    assert.equal(titled.known, 'indexed');
    assert.ok(titled.titles?.['ru']);
    const noPart = await describe('kz/articles/272?part=9');
    assert.deepEqual([noPart.known, noPart.reason], ['unknown', 'part']);
    assert.equal(noPart.titles?.['en'], 'Mass riots');
    const elsewhere = await describe('ru/articles/212');
    assert.deepEqual([elsewhere.known, elsewhere.reason], ['unknown', 'jurisdiction']);
  });

  test("without a day, the law is read as of today in the jurisdiction's time zone, not the server's", async () => {
    // 20:30 in UTC is already the next day in Almaty (UTC+5).
    const late = testApi(getStore, { now: '2024-06-01T20:30:00.000Z' });
    const read = async (path: string) =>
      bodyOf<Described>(await late.call('public', 'GET', `/api/jurisdictions/${path}`));
    assert.equal((await read('kz/articles/272?part=1')).onDate, '2024-06-02');
    assert.equal((await read('ru/articles/212')).onDate, '2024-06-01');
    assert.equal((await read('kz/articles/272?on=2022-01-05')).onDate, '2022-01-05');
  });

  test('a malformed article number or day is a 400 naming it', async () => {
    const res = await api.call('public', 'GET', '/api/jurisdictions/kz/articles/ст272');
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(await bodyOf(res)), /article/);
    const day = await api.call('public', 'GET', '/api/jurisdictions/kz/articles/272?on=2022-13-40');
    assert.equal(day.status, 400);
    assert.match(JSON.stringify(await bodyOf(day)), /on/);
  });
});

type Vocabulary = {
  codes: { id: string }[];
  measures: { key: string; titles: Record<string, string>; deprivesLiberty: boolean }[];
  sentenceTypes: { key: string; titles: Record<string, string> }[];
  regimes: { key: string }[];
  moneyUnit?: { key: string; abbreviations: Record<string, string> };
};

// The forms offer the case's own law: its measures, sentence types and regimes come from its law data, and a
// jurisdiction the data does not hold is a 404 that says so.
forEachStore('GET /api/jurisdictions/{jurisdiction}/law', (getStore: () => Store) => {
  test("Kazakhstan's measures, most severe first, its sentence types and regimes, titled by language", async () => {
    const api = testApi(getStore);
    const res = await api.call('public', 'GET', '/api/jurisdictions/kz/law');
    assert.equal(res.status, 200);
    const law = await bodyOf<Vocabulary>(res);
    assert.equal(law.measures[0]?.key, 'custody');
    assert.equal(law.measures[0]?.deprivesLiberty, true);
    assert.ok(law.measures.some((m) => m.key === 'house_arrest'));
    assert.equal(law.sentenceTypes.find((t) => t.key === 'fine')?.titles['ru'], 'штраф');
    assert.ok(law.regimes.length > 0);
    assert.ok(law.codes.some((c) => c.id === 'cc'));
    assert.equal(law.moneyUnit?.abbreviations['kk'], 'АЕК');
    const none = await api.call('public', 'GET', '/api/jurisdictions/by/law');
    assert.equal(none.status, 404);
    assert.match(JSON.stringify(await bodyOf(none)), /law\.unknown_jurisdiction.*for jurisdiction \\"by\\"/);
  });
});

type Found = { items: { code: string; article: string; part?: string; known: string; matched: number }[] };

// A source names the offence ("organizing mass riots"), not the article: the law data's titles find it, for
// anyone, as the law is public.
forEachStore('GET /api/jurisdictions/{jurisdiction}/articles?q=', (getStore: () => Store) => {
  const found = async (path: string) => {
    const res = await testApi(getStore).call('public', 'GET', `/api/jurisdictions/${path}`);
    return { status: res.status, body: await bodyOf<Found>(res) };
  };

  test('the words of an offence find its article and part, best first, in any language of the data', async () => {
    const riots = await found(`kz/articles?q=${encodeURIComponent('organizing mass riots')}`);
    assert.equal(riots.status, 200);
    assert.deepEqual(
      riots.body.items.slice(0, 1).map((f) => [f.code, f.article, f.part, f.known]),
      [['cc', '272', '1', 'sanctioned']],
    );
    const russian = await found(`kz/articles?q=${encodeURIComponent('мирных собраний')}`);
    assert.equal(russian.body.items[0]?.article, '400');
    assert.equal(russian.body.items[0]?.part, undefined, 'an article without parts is found whole');
  });

  test('nothing for words that name no offence or a jurisdiction without law data; a query is required', async () => {
    assert.deepEqual((await found('kz/articles?q=qwertyuiop')).body.items, []);
    assert.deepEqual((await found('by/articles?q=riots')).body.items, []);
    assert.equal((await found('kz/articles')).status, 400);
  });
});
