import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../actor.ts';
import { isDomainError, type DomainError } from '../errors.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { Transaction, Store } from '../ports.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { importBundle, importPrepared, type ImportOptions } from './import.service.ts';
import { openSession } from '../access/session.ts';
import { prepareRecord, type PreparedRecord } from './prepare.ts';
import { RECORD_KIND_ORDER } from './record-kinds.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const DEMO = 'data/demo/mamay.bundle.json';
const name = (value: string) => ({ value, script: 'Latn', language: 'en', kind: 'native' });

/** A small valid bundle; tests break one thing in it. */
function bundle() {
  return {
    format: 'casewatch-bundle',
    formatVersion: 1,
    sources: [{ id: 'source:s', kind: 'document', title: 'Indictment' }],
    persons: [{ id: 'person:p', names: [name('Person P')] }],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C' }],
    events: [{ id: 'event:e', kind: 'protest', title: 'Protest', start: '2022-01-02', end: '2022-01-04' }],
    charges: [
      {
        id: 'charge:c1',
        case: 'case:c',
        defendant: 'person:p',
        article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
        lifecycle: [{ kind: 'brought', date: '2022-11-07', sources: [{ source: 'source:s', page: 3 }] }],
      },
    ],
    measures: [
      {
        id: 'measure:m',
        case: 'case:c',
        person: 'person:p',
        kind: 'custody',
        steps: [{ kind: 'ordered', date: '2022-11' }],
      },
    ],
  };
}
type Bundle = ReturnType<typeof bundle>;

const fromText = (text: string, file = 'bad.json') => readBundle(Readable.from([Buffer.from(text)]), file);
const fromBundle = (b: object, file = 'bad.json') => fromText(JSON.stringify(b, null, 2), file);

async function counts(store: Store): Promise<number[]> {
  // One at a time: parallel reads leave pooled PostgreSQL connections that outlive store.close() (store issue).
  const out: number[] = [];
  for (const kind of RECORD_KIND_ORDER) out.push(await store.reader.count(kind));
  return out;
}

/** The store as it is, but its transactions answer `property` with `replace(the real one)`. */
function overriding(store: Store, property: keyof Transaction, replace: (real: unknown) => unknown): Store {
  return {
    ...store,
    run: (actor, work, options) =>
      store.run(
        actor,
        (tx) =>
          work(
            new Proxy(tx, {
              get(target, key) {
                const value: unknown = Reflect.get(target, key);
                const bound = typeof value === 'function' ? (value as () => unknown).bind(target) : value;
                return key === property ? replace(bound) : bound;
              },
            }),
          ),
        options,
      ),
  };
}

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('importBundle', (getStore) => {
  const run = (records: ReturnType<typeof readBundle>, options: ImportOptions = {}) =>
    importBundle({ session: openSession(getStore(), EDITOR), law }, records, {
      batchSize: 1,
      file: 'bad.json',
      ...options,
    });

  /** Imports a broken bundle over the demo and returns the error, after checking nothing changed. */
  async function rejected(
    records: ReturnType<typeof readBundle>,
    options: ImportOptions = {},
  ): Promise<DomainError> {
    if ((await getStore().reader.count('case')) === 0) {
      await importBundle(
        { session: openSession(getStore(), EDITOR), law },
        readBundle(createReadStream(DEMO), DEMO),
      );
    }
    const before = await counts(getStore());
    let caught: unknown;
    await run(records, options).catch((error: unknown) => (caught = error));
    assert.ok(isDomainError(caught), `expected a DomainError, got ${String(caught)}`);
    assert.deepEqual(await counts(getStore()), before, 'the database must be unchanged');
    return caught;
  }

  function broken(edit: (b: Bundle) => void): ReturnType<typeof readBundle> {
    const b = bundle();
    edit(b);
    return fromBundle(b);
  }

  test('imports the demo bundle with the law, counting records per kind', async () => {
    const report = await importBundle(
      { session: openSession(getStore(), EDITOR), law },
      readBundle(createReadStream(DEMO), DEMO),
      { file: DEMO },
    );
    assert.equal(report.dryRun, false);
    assert.equal(report.counts.charge, await getStore().reader.count('charge'));
    assert.ok(report.counts.charge > 0 && report.counts.person > 0);
    assert.equal(
      report.total,
      (await counts(getStore())).reduce((a, b) => a + b, 0),
    );
  });

  test('a viewer may not import: nothing is read or written', async () => {
    const viewer = { id: 'viewer', roles: ['viewer'] as const };
    await assert.rejects(
      importBundle(
        { session: openSession(getStore(), viewer), law },
        readBundle(createReadStream(DEMO), DEMO),
      ),
      (e) => isDomainError(e, 'auth.forbidden'),
    );
    assert.equal(await getStore().reader.count('case'), 0);
  });

  test('a dry run validates everything and writes nothing', async () => {
    const report = await run(fromBundle(bundle()), { dryRun: true });
    assert.equal(report.dryRun, true);
    assert.equal(report.counts.charge, 1);
    assert.deepEqual(
      await counts(getStore()),
      RECORD_KIND_ORDER.map(() => 0),
    );
    const failing = await run(
      broken((b) => (b.charges[0]!.defendant = 'person:nobody')),
      { dryRun: true },
    ).catch((e: unknown) => e);
    assert.ok(isDomainError(failing, 'import.invalid_record'));
  });

  test('records may refer to records already in the database', async () => {
    await run(fromBundle(bundle()));
    const next = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      hearings: [
        { id: 'hearing:h', case: 'case:c', kind: 'trial_session', date: '2023-02-06', status: 'held' },
      ],
      measures: [
        {
          id: 'measure:m2',
          case: 'case:c',
          person: 'person:p',
          kind: 'house_arrest',
          steps: [{ kind: 'ordered', date: '2023' }],
        },
      ],
    };
    const report = await run(fromBundle(next));
    assert.equal(report.counts.hearing, 1);
    assert.equal((await getStore().reader.get('hearing', 'hearing:h'))?.data.case, 'case:c');
  });

  test("a wrong type names its JSON path, the record's id and the file", async () => {
    const error = await rejected(broken((b) => ((b.persons[0] as { names: unknown }).names = 'Person P')));
    assert.equal(error.code, 'import.invalid_record');
    assert.equal(error.issues[0]?.path, '$.persons[0].names');
    assert.equal(error.issues[0]?.record, 'person:p');
    assert.equal(error.issues[0]?.file, 'bad.json');
    assert.match(error.message, /bad\.json \$\.persons\[0\]\.names \(person "person:p"\): .*expected array/);
  });

  test('a dangling reference names its path and the missing id', async () => {
    const error = await rejected(broken((b) => (b.charges[0]!.defendant = 'person:nobody')));
    assert.equal(error.issues[0]?.code, 'reference.dangling');
    assert.equal(error.issues[0]?.path, '$.charges[0].defendant');
    assert.equal(error.issues[0]?.record, 'charge:c1');
    assert.match(error.message, /"person:nobody" refers to no person/);
  });

  test('a name with a control character names its path, on both databases alike', async () => {
    const error = await rejected(broken((b) => (b.persons[0]!.names[0]!.value = 'Zhan\u0000bolat')));
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'validation.invalid $.persons[0].names[0].value: one line of text, with no control characters (tab, newline, escape…)',
      ],
    );
  });

  test('an impossible date names its path', async () => {
    const error = await rejected(broken((b) => (b.charges[0]!.lifecycle[0]!.date = '2022-02-30')));
    assert.deepEqual(
      error.issues.map((i) => i.path),
      ['$.charges[0].lifecycle[0].date'],
    );
    assert.match(error.message, /expected a date 'YYYY'/);
  });

  test('an end before its start names its path', async () => {
    const error = await rejected(broken((b) => (b.events[0]!.end = '2021-12-31')));
    assert.equal(error.issues[0]?.code, 'date.order');
    assert.equal(error.issues[0]?.path, '$.events[0].end');
    assert.match(error.message, /the end \(2021-12-31\) is before the start \(2022-01-02\)/);
  });

  test('an article the law data lacks imports, with a warning naming its path and the article', async () => {
    const report = await run(
      broken((b) => (b.charges[0]!.article = { jurisdiction: 'kz', code: 'cc', article: '999', part: '1' })),
    );
    assert.equal(report.created, report.total);
    assert.deepEqual(
      report.warnings.map((w) => [w.code, w.record, w.path, w.file, w.message]),
      [
        [
          'law.unknown_article',
          'charge:c1',
          '$.charges[0].article',
          'bad.json',
          'kz CC 999(1): penalty unknown: not in the law data (neither its sanction nor its title)',
        ],
      ],
    );
  });

  test('a syntax error names its line', async () => {
    const text = JSON.stringify(bundle(), null, 2).replace('"title": "Case C"', '"title": "Case C",');
    const line = text.split('\n').findIndex((l) => l.includes('"Case C"')) + 2;
    const error = await rejected(fromText(text));
    assert.equal(error.code, 'import.invalid_json');
    assert.equal(error.issues[0]?.line, line);
    assert.match(error.message, new RegExp(`bad\\.json line ${line}:\\d+: expected a property name`));
  });

  test('in create mode, an id already in the database is a duplicate, never overwritten', async () => {
    const error = await rejected(
      fromText(
        JSON.stringify({
          ...bundle(),
          persons: [{ id: 'person:zhanbolat-mamay', names: [name('Impostor')] }],
        }),
      ),
      { mode: 'create' },
    );
    assert.equal(error.issues[0]?.code, 'reference.duplicate');
    assert.equal(error.issues[0]?.path, '$.persons[0].id');
    assert.notEqual(
      (await getStore().reader.get('person', 'person:zhanbolat-mamay'))?.data.names[0]?.value,
      'Impostor',
    );
  });

  test('a batch write that fails fails the import with its error, and nothing of the import lands', async () => {
    const store = getStore();
    const before = await counts(store);
    let writes = 0;
    // The store as it is, but the second batch write fails (after the first was started without waiting).
    const failing = overriding(
      store,
      'createRows',
      (real) =>
        (...args: Parameters<Transaction['createRows']>) =>
          ++writes === 2
            ? Promise.reject(new Error('disk full'))
            : (real as Transaction['createRows'])(...args),
    );
    const other = JSON.stringify({
      ...bundle(),
      sources: [
        { id: 'source:w1', kind: 'document', title: 'One' },
        { id: 'source:w2', kind: 'document', title: 'Two' },
        { id: 'source:w3', kind: 'document', title: 'Three' },
      ],
      persons: [],
      cases: [],
      events: [],
      charges: [],
      measures: [],
    });
    await assert.rejects(
      importBundle({ session: openSession(failing, EDITOR), law }, fromText(other), { batchSize: 1 }),
      /disk full/,
    );
    assert.ok(writes >= 2);
    assert.deepEqual(await counts(store), before, 'the database must be unchanged');
  });

  test('a record written meanwhile by someone else is a duplicate named at its place in the bundle', async () => {
    const store = getStore();
    await store.run(EDITOR, (tx) =>
      tx.create('source', {
        id: 'source:w2',
        kind: 'document',
        title: 'Theirs',
        visibility: 'internal',
      }),
    );
    // As if the other import committed between the look-up and the write: the look-up sees nothing.
    const racing = overriding(store, 'existing', () => () => Promise.resolve([]));
    const ours = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      sources: [
        { id: 'source:w1', kind: 'document', title: 'One' },
        { id: 'source:w2', kind: 'document', title: 'Two' },
      ],
    };
    const error = await importBundle(
      { session: openSession(racing, EDITOR), law },
      fromBundle(ours, 'ours.json'),
      {
        file: 'ours.json',
      },
    ).then(
      () => assert.fail('the import should fail'),
      (e: DomainError) => e,
    );
    assert.equal(error.code, 'import.invalid_record');
    assert.deepEqual(
      error.issues.map((i) => [i.code, i.file, i.path]),
      [['reference.duplicate', 'ours.json', '$.sources[1].id']],
    );
    assert.equal(await store.reader.count('source'), 1);
  });

  test('records written and let go of are still found: as duplicates, and as targets of references', async () => {
    // Batches of one: every record is written, and forgotten by the checker, before the next is read.
    const store = getStore();
    const sources = Array.from({ length: 30 }, (_, i) => ({
      id: `source:w${i}`,
      kind: 'document',
      title: 'S',
    }));
    const cited = (ids: string[]) => ({
      id: 'person:cites',
      names: [name('Cites')],
      sources: ids.map((source) => ({ source })),
    });
    const ok = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      sources,
      persons: [cited(['source:w0', 'source:w29'])],
    };
    await importBundle({ session: openSession(store, EDITOR), law }, fromBundle(ok), { batchSize: 1 });
    assert.equal(await store.reader.count('source'), 30);
    await store.run(EDITOR, async (tx) => {
      for (const s of await tx.list('source')) await tx.remove('source', s.id, s.version);
      await tx.remove('person', 'person:cites', 1);
    });
    const twice = {
      ...ok,
      sources: [...sources, { id: 'source:w3', kind: 'document', title: 'Again' }],
      persons: [cited(['source:w1', 'source:nowhere'])],
    };
    const error = await importBundle({ session: openSession(store, EDITOR), law }, fromBundle(twice), {
      batchSize: 1,
    }).then(
      () => assert.fail('the import should fail'),
      (e: DomainError) => e,
    );
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}`),
      ['reference.duplicate $.sources[30].id', 'reference.dangling $.persons[0].sources[1].source'],
    );
    assert.equal(await store.reader.count('source'), 0);
  });

  test('charge lineage holds across records written and let go of, in either order', async () => {
    const store = getStore();
    const successor = (id: string, from?: string) => ({
      ...bundle().charges[0]!,
      id,
      article: { jurisdiction: 'kz', code: 'cc', article: '274', part: '1' },
      ...(from !== undefined ? { origin: { kind: 'reclassification', from: [from] } } : {}),
    });
    const predecessor = (successors: string[]) => ({
      ...bundle().charges[0]!,
      lifecycle: [
        { kind: 'brought', date: '2022-11-07', sources: [] },
        { kind: 'reclassified', date: '2022-12', successors, sources: [] },
      ],
    });
    const bad = bundle();
    // The successor comes first and is written before its predecessor names it; it forgot its origin.
    bad.charges = [successor('charge:c2'), predecessor(['charge:c2'])] as Bundle['charges'];
    const error = await rejected(fromBundle(bad));
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'validation.invalid $.charges[1].lifecycle[1].successors[0]: successor "charge:c2" must name "charge:c1" in origin.from',
      ],
    );
    const good = bundle();
    good.charges = [successor('charge:c2', 'charge:c1'), predecessor(['charge:c2'])] as Bundle['charges'];
    const before = await store.reader.count('charge');
    await run(fromBundle(good));
    assert.equal(await store.reader.count('charge'), before + 2);
  });

  test('references parked in the database until the end are found, or reported where they are', async () => {
    const store = getStore();
    const b = bundle();
    const convicted = (id: string, decision: string) => ({
      ...b.charges[0]!,
      id,
      lifecycle: [
        { kind: 'brought', date: '2022-11-07', sources: [] },
        { kind: 'convicted', date: '2023-05-10', decision, sources: [] },
      ],
    });
    const decision = (id: string, kind = 'verdict') => ({
      id,
      case: 'case:c',
      kind,
      date: '2023-05-10',
      defendant: 'person:p',
    });
    const withDecisions = (decisions: object[], ...targets: string[]) => ({
      ...b,
      charges: targets.map((target, i) => convicted(`charge:c${i}`, target)),
      decisions,
    });
    /** One record a batch, so each waiting reference is parked before its record comes. */
    async function* oneByOne(value: object): AsyncGenerator<PreparedRecord[]> {
      for await (const item of fromBundle(value)) yield [prepareRecord(item, 'bad.json')];
    }
    const options = { batchSize: 1, parkWaitingAt: 1, file: 'bad.json' };
    const before = await counts(store);
    const error = await importPrepared(
      { session: openSession(store, EDITOR), law },
      oneByOne(
        withDecisions(
          [decision('decision:d1'), decision('decision:bad', 'nonsense')],
          'decision:d1',
          'decision:gone',
          'decision:bad',
          'decision:also-gone',
        ),
      ),
      options,
    ).then(
      () => assert.fail('the import should fail'),
      (e: DomainError) => e,
    );
    // decision:bad failed its schema: that is its issue, and the charge citing it does not dangle as well.
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'reference.dangling $.charges[1].lifecycle[1].decision: "decision:gone" refers to no decision in the bundle or the database',
        'reference.dangling $.charges[3].lifecycle[1].decision: "decision:also-gone" refers to no decision in the bundle or the database',
        'validation.invalid $.decisions[1].kind: Invalid option: expected one of "verdict"|"appeal_ruling"|"cassation_ruling"|"other"',
      ],
    );
    assert.deepEqual(await counts(store), before, 'the database must be unchanged');
    const report = await importPrepared(
      { session: openSession(store, EDITOR), law },
      oneByOne(withDecisions([decision('decision:d1')], 'decision:d1', 'decision:d1')),
      options,
    );
    assert.equal(report.counts.decision, 1);
    assert.equal(await store.reader.count('decision'), before[RECORD_KIND_ORDER.indexOf('decision')]! + 1);
  });

  test('collects many issues before failing, in file order, and stops at a hundred', async () => {
    const b = bundle();
    b.events[0]!.end = '2021-12-31';
    b.charges[0]!.defendant = 'person:nobody';
    b.sources.push({ id: 'source:s', kind: 'document', title: 'Again' });
    const error = await rejected(fromBundle(b));
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}`),
      [
        'reference.duplicate $.sources[1].id',
        'date.order $.events[0].end',
        'reference.dangling $.charges[0].defendant',
      ],
    );
    const many = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      persons: Array.from({ length: 250 }, (_, i) => ({ id: `person:${i}` })),
    };
    const flood = await rejected(fromBundle(many));
    assert.equal(flood.issues.length, 100);
  });

  test('dangling references of several kinds come in file order, among issues found while reading', async () => {
    const b = bundle();
    b.persons.push({ ...b.persons[0]!, id: 'person:q', sources: [{ source: 'source:gone' }] } as never);
    b.charges[0]!.defendant = 'person:nobody';
    b.measures[0]!.person = 'person:nobody';
    // Found as the record is read, before any reference is known to dangle.
    b.measures.push({ ...b.measures[0]!, id: 'measure:m2', person: 'person:p' });
    b.measures[1]!.steps = [
      { kind: 'ordered', date: '2022-11-07' },
      { kind: 'ended', date: '2022-10-01' },
    ];
    const error = await rejected(fromBundle(b));
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}`),
      [
        'reference.dangling $.persons[1].sources[0].source',
        'reference.dangling $.charges[0].defendant',
        'reference.dangling $.measures[0].person',
        'date.order $.measures[1].steps[1].date',
      ],
    );
  });
});
