import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import { openSession } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import { isDomainError, type DomainError } from '../errors.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { Store } from '../ports.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { writeBundle } from '../../exchange/bundle-writer.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore } from '../../../test/support/stores.ts';
import { importBundle, type ImportOptions, type ImportReport } from './import.service.ts';
import { RECORD_KIND_ORDER } from './record-kinds.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const ADMIN: Actor = { id: 'user:root', roles: ['admin'] };
const DEMO = 'data/demo/mamay.bundle.json';
const name = (value: string) => ({ value, script: 'Latn', language: 'en', kind: 'native' });

/** A small valid bundle of six records, without versions (as a version 1 bundle is). */
function bundle() {
  return {
    format: 'casewatch-bundle',
    formatVersion: 1,
    sources: [{ id: 'source:s', kind: 'document', title: 'Indictment' }] as object[],
    persons: [{ id: 'person:p', names: [name('Person P')] }] as object[],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C' }] as object[],
    events: [{ id: 'event:e', kind: 'protest', title: 'Protest', start: '2022-01-02' }] as object[],
    charges: [
      {
        id: 'charge:c1',
        case: 'case:c',
        defendant: 'person:p',
        article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
        lifecycle: [{ kind: 'brought', date: '2022-11-07', sources: [{ source: 'source:s', page: 3 }] }],
      },
    ] as object[],
    measures: [
      {
        id: 'measure:m',
        case: 'case:c',
        person: 'person:p',
        kind: 'custody',
        steps: [{ kind: 'ordered', date: '2022-11' }],
      },
    ] as object[],
  };
}

const fromText = (text: string) => readBundle(Readable.from([Buffer.from(text)]), 'b.json');

/** Every stored record's id and version, with how many revisions it has: what an import may have changed. */
async function snapshot(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (const kind of RECORD_KIND_ORDER)
    for (const stored of await store.reader.list(kind))
      out.push(
        `${kind} ${stored.id} v${stored.version} ${(await store.reader.history(kind, stored.id)).length}`,
      );
  return out;
}

const outcomesOf = (report: ImportReport) => [report.created, report.updated, report.unchanged];

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('importBundle, merging', (getStore) => {
  const run = (value: object, options: ImportOptions = {}) =>
    importBundle({ session: openSession(getStore(), EDITOR), law }, fromText(JSON.stringify(value)), {
      file: 'b.json',
      ...options,
    });

  /** Runs an import that must fail, checks that it changed nothing, and returns its error. */
  async function refused(value: object, options: ImportOptions = {}): Promise<DomainError> {
    const before = await snapshot(getStore());
    const error = await run(value, options).then(
      () => assert.fail('the import should fail'),
      (e: unknown) => e,
    );
    assert.ok(isDomainError(error), String(error));
    assert.deepEqual(await snapshot(getStore()), before, 'nothing may be written');
    return error;
  }

  test('the same bundle imported twice: the second time every record is unchanged and no revision is written', async () => {
    const first = await run(bundle());
    assert.deepEqual(outcomesOf(first), [6, 0, 0]);
    assert.equal(first.mode, 'merge');
    const before = await snapshot(getStore());
    const second = await run(bundle());
    assert.deepEqual(outcomesOf(second), [0, 0, 6]);
    assert.equal(second.total, 6);
    assert.deepEqual(second.outcomes.person, { created: 0, updated: 0, unchanged: 1 });
    assert.deepEqual(await snapshot(getStore()), before);
  });

  test('a bundle sharing a source and a person, one of them changed: that one is updated with a revision of what it was', async () => {
    const store = getStore();
    await run(bundle());
    const original = await store.reader.get('person', 'person:p');
    const next = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      sources: [{ id: 'source:s', kind: 'document', title: 'Indictment' }],
      persons: [{ id: 'person:p', names: [name('Person P'), name('P. Person')], occupation: 'journalist' }],
      cases: [{ id: 'case:d', jurisdiction: 'kz', title: 'Case D' }],
    };
    const report = await run(next);
    assert.deepEqual(outcomesOf(report), [1, 1, 1]);
    assert.deepEqual(report.outcomes.source, { created: 0, updated: 0, unchanged: 1 });
    assert.deepEqual(report.outcomes.person, { created: 0, updated: 1, unchanged: 0 });
    assert.deepEqual(report.outcomes.case, { created: 1, updated: 0, unchanged: 0 });
    const history = await store.reader.history('person', 'person:p');
    assert.deepEqual(
      history.map((r) => [r.action, r.version, r.actor]),
      [
        ['create', 1, EDITOR.id],
        ['update', 2, EDITOR.id],
      ],
    );
    assert.deepEqual(history[1]?.before, original?.data);
    assert.deepEqual(history[1]?.after, (await store.reader.get('person', 'person:p'))?.data);
    assert.equal((history[1]?.after as { occupation?: string }).occupation, 'journalist');
    assert.equal((await store.reader.history('source', 'source:s')).length, 1);
    // Its names are found as those of any person written anew.
    assert.deepEqual(await store.reader.findPersonsByName('P. Person'), ['person:p']);
  });

  test('a record the database changed since the version the bundle holds is a conflict: nothing is written', async () => {
    const store = getStore();
    await run(bundle());
    await openSession(store, EDITOR).write(async (tx) => {
      const stored = await tx.get('person', 'person:p');
      assert.ok(stored);
      await tx.update('person', { ...stored.data, occupation: 'lawyer' }, stored.version);
    });
    const stale = bundle();
    stale.formatVersion = 2;
    stale.sources.push({ id: 'source:new', kind: 'document', title: 'New' });
    stale.persons = [{ $version: 1, id: 'person:p', names: [name('Person P')], description: 'edited' }];
    const error = await refused(stale);
    assert.equal(error.code, 'record.conflict');
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.file} ${i.path}`),
      ['record.conflict b.json $.persons[0]'],
    );
    assert.match(
      error.message,
      /person "person:p" changed in the database since the version this bundle holds \(version 1; it is at version 2 now\)/,
    );
    // At the version it is at, or without one, the bundle's record replaces the stored one.
    stale.persons = [{ $version: 2, id: 'person:p', names: [name('Person P')], description: 'edited' }];
    assert.deepEqual(outcomesOf(await run(stale)), [1, 1, 5]);
    stale.persons = [{ id: 'person:p', names: [name('Person P')], description: 'again' }];
    assert.deepEqual(outcomesOf(await run(stale)), [0, 1, 6]);
    // Behind but the same as stored: nothing to merge, so no conflict.
    stale.persons = [{ $version: 1, id: 'person:p', names: [name('Person P')], description: 'again' }];
    assert.deepEqual(outcomesOf(await run(stale)), [0, 0, 7]);
    assert.equal((await store.reader.get('person', 'person:p'))?.version, 4);
  });

  test('in create mode an id that exists is a duplicate, as before', async () => {
    await run(bundle());
    const error = await refused(bundle(), { mode: 'create' });
    assert.equal(error.code, 'import.invalid_record');
    assert.deepEqual(error.issues[0] && [error.issues[0].code, error.issues[0].path], [
      'reference.duplicate',
      '$.sources[0].id',
    ]);
  });

  test('a dry run reports what the merge would do and writes nothing', async () => {
    await run(bundle());
    const before = await snapshot(getStore());
    const changed = bundle();
    changed.cases = [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C, renamed' }];
    changed.events.push({ id: 'event:f', kind: 'protest', title: 'Another', start: '2022-02' });
    const report = await run(changed, { dryRun: true });
    assert.equal(report.dryRun, true);
    assert.deepEqual(outcomesOf(report), [1, 1, 5]);
    assert.deepEqual(report.outcomes.case, { created: 0, updated: 1, unchanged: 0 });
    assert.deepEqual(await snapshot(getStore()), before);
  });

  test('an export re-imported is unchanged; once the database changed a record, it is a conflict for that record', async () => {
    const store = getStore();
    await importBundle(
      { session: openSession(store, EDITOR), law },
      readBundle(createReadStream(DEMO), DEMO),
    );
    let text = '';
    await writeBundle(openSession(store, ADMIN), (chunk) => Promise.resolve(void (text += chunk)));
    assert.match(text, /"formatVersion": 3,/);
    assert.match(text, /\{\n {6}"\$version": 1,\n {6}"id": "charge:/);
    const before = await snapshot(store);
    const again = await importBundle({ session: openSession(store, EDITOR), law }, fromText(text));
    assert.deepEqual(outcomesOf(again), [0, 0, again.total]);
    assert.deepEqual(await snapshot(store), before);
    const charges = await store.reader.list('charge');
    const changed = charges[1];
    assert.ok(changed);
    await openSession(store, EDITOR).write((tx) =>
      tx.update('charge', { ...changed.data, conduct: 'changed in the database' }, changed.version),
    );
    const error = await importBundle({ session: openSession(store, EDITOR), law }, fromText(text), {
      file: 'export.json',
    }).then(
      () => assert.fail('the stale export should conflict'),
      (e: DomainError) => e,
    );
    assert.equal(error.code, 'record.conflict');
    assert.deepEqual(
      error.issues.map((i) => i.path),
      ['$.charges[1]'],
    );
    assert.match(error.message, new RegExp(`charge "${changed.id}" changed in the database`));
  });

  test('an id given twice is a duplicate also after its first record was written, created or updated', async () => {
    await run(bundle());
    const twice = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      sources: [
        { id: 'source:s', kind: 'document', title: 'Indictment, second edition' },
        { id: 'source:t', kind: 'document', title: 'New' },
        { id: 'source:u', kind: 'document', title: 'Filler' },
        { id: 'source:t', kind: 'document', title: 'New again' },
        { id: 'source:s', kind: 'document', title: 'Indictment, third edition' },
      ],
    };
    // Batches of one: each record is written, and let go of by the checker, before the next is read.
    const error = await refused(twice, { batchSize: 1 });
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'reference.duplicate $.sources[3].id: duplicate source id "source:t" (given earlier in this bundle)',
        'reference.duplicate $.sources[4].id: duplicate source id "source:s" (given earlier in this bundle)',
      ],
    );
  });

  test('an updated record is checked against the database as a new one is', async () => {
    await run(bundle());
    const edit = (collection: 'charges' | 'measures', record: object) => ({
      format: 'casewatch-bundle',
      formatVersion: 1,
      [collection]: [record],
    });
    const charge = bundle().charges[0] as Record<string, unknown>;
    const other = await refused(
      edit('charges', { ...charge, article: { jurisdiction: 'zz', code: 'cc', article: '272', part: '1' } }),
    );
    assert.ok(
      other.issues.some(
        (i) => i.path === '$.charges[0].article.jurisdiction' && /case of jurisdiction "kz"/.test(i.message),
      ),
      other.message,
    );
    const handedOver = await refused(
      edit('charges', {
        ...charge,
        lifecycle: [
          { kind: 'brought', date: '2022-11-07' },
          { kind: 'reclassified', date: '2022-12', successors: ['charge:c1'] },
        ],
      }),
    );
    assert.match(
      handedOver.message,
      /cannot be its own successor|successor "charge:c1" must name "charge:c1"/,
    );
    const dangling = await refused(edit('charges', { ...charge, defendant: 'person:nobody' }));
    assert.deepEqual(
      dangling.issues.map((i) => `${i.code} ${i.path}`),
      ['reference.dangling $.charges[0].defendant'],
    );
    const measure = bundle().measures[0] as Record<string, unknown>;
    const unordered = await refused(
      edit('measures', {
        ...measure,
        steps: [
          { kind: 'ordered', date: '2022-11-20' },
          { kind: 'extended', date: '2022-10-01' },
        ],
      }),
    );
    assert.deepEqual(
      unordered.issues.map((i) => `${i.code} ${i.path}`),
      ['date.order $.measures[0].steps[1].date'],
    );
    const kind = await refused(edit('measures', { ...measure, kind: 'exile' }));
    assert.deepEqual(
      kind.issues.map((i) => `${i.code} ${i.path}`),
      ['validation.invalid $.measures[0].kind'],
    );
  });

  test('records in the database that rest on what an update changes are checked too', async () => {
    const b = bundle();
    const c1 = b.charges[0] as Record<string, unknown>;
    const handingOver = {
      ...c1,
      lifecycle: [
        { kind: 'brought', date: '2022-11-07' },
        { kind: 'reclassified', date: '2022-12', successors: ['charge:c2'] },
      ],
    };
    const c2 = {
      ...c1,
      id: 'charge:c2',
      article: { jurisdiction: 'kz', code: 'cc', article: '274', part: '1' },
      origin: { kind: 'reclassification', from: ['charge:c1'] },
      lifecycle: [{ kind: 'brought', date: '2022-12' }],
    };
    b.charges = [handingOver, c2];
    await run(b);
    const only = (collection: string, ...records: object[]) => ({
      format: 'casewatch-bundle',
      formatVersion: 1,
      [collection]: records,
    });
    const moved = await refused(only('cases', { id: 'case:c', jurisdiction: 'zz', title: 'Case C' }));
    assert.deepEqual(
      moved.issues.map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'law.unknown_article $.cases[0].jurisdiction: the case moves to jurisdiction "zz", but charges "charge:c1", "charge:c2" under articles of another stay on it',
        'validation.invalid $.cases[0].jurisdiction: the case moves to jurisdiction "zz", which has no measure of the kind of measure "measure:m"',
      ],
    );
    const notHandedOver = await refused(only('charges', c1));
    assert.deepEqual(
      notHandedOver.issues.map((i) => `${i.path}: ${i.message}`),
      [
        '$.charges[0].lifecycle: "charge:c2" still comes from this charge (origin "reclassification"): hand it over in a step, or change "charge:c2" in the same import',
      ],
    );
    const { origin: _, ...withoutOrigin } = c2;
    const noOrigin = await refused(only('charges', withoutOrigin));
    assert.deepEqual(
      noOrigin.issues.map((i) => i.path),
      ['$.charges[0].origin'],
    );
    // Both ends changed together keep the lineage whole.
    const report = await run(only('charges', c1, withoutOrigin), { batchSize: 1 });
    assert.deepEqual(outcomesOf(report), [0, 2, 0]);
  });

  test('a merge keeps what the importer may not see, and does not change what they may not read', async () => {
    const store = getStore();
    const phones = ['+7 700 000 00 00'];
    const person = (more: object = {}) => ({ id: 'person:p', names: [name('Person P')], ...more });
    const only = (collection: string, record: object) => ({
      format: 'casewatch-bundle',
      formatVersion: 1,
      [collection]: [record],
    });
    // An admin records a person with contact details (restricted unless said) and a restricted source.
    await importBundle(
      { session: openSession(store, ADMIN), law },
      fromText(
        JSON.stringify({
          ...only('persons', person({ contact: { phones } })),
          sources: [{ id: 'source:secret', kind: 'document', title: 'Secret', visibility: 'restricted' }],
        }),
      ),
    );
    // The editor's copy has no contact details: as they see the person, it is the same.
    assert.deepEqual(outcomesOf(await run(only('persons', person()))), [0, 0, 1]);
    const changed = await run(only('persons', person({ occupation: 'journalist' })));
    assert.deepEqual(outcomesOf(changed), [0, 1, 0]);
    const stored = await store.reader.get('person', 'person:p');
    assert.equal(stored?.data.occupation, 'journalist');
    assert.deepEqual(stored?.data.contact, { phones });
    const secret = await refused(
      only('sources', { id: 'source:secret', kind: 'document', title: 'Mine now' }),
    );
    assert.deepEqual(
      secret.issues.map((i) => `${i.code} ${i.path}`),
      ['auth.forbidden $.sources[0]'],
    );
    const outOfSight = await refused(only('persons', person({ visibility: 'restricted' })));
    assert.deepEqual(
      outOfSight.issues.map((i) => `${i.code} ${i.path}`),
      ['auth.forbidden $.persons[0].visibility'],
    );
  });

  test('a version that is not a whole number from 1 names its path', async () => {
    const b = bundle();
    b.formatVersion = 2;
    b.persons = [{ $version: 0, id: 'person:p', names: [name('Person P')] }];
    b.sources = [{ $version: '3', id: 'source:s', kind: 'document', title: 'Indictment' }];
    const error = await refused(b);
    assert.deepEqual(
      error.issues.map((i) => `${i.code} ${i.path}`),
      ['validation.invalid $.sources[0].$version', 'validation.invalid $.persons[0].$version'],
    );
  });
});
