// What leaves the core for each reader, on both databases: absent means absent, and no fact is certain where
// something withheld from its reader could change it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openSession } from '../src/core/access/session.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../src/core/actor.ts';
import { caseFacts } from '../src/core/case/case-facts.service.ts';
import { presentCaseFacts } from '../src/core/case/case-facts.presenter.ts';
import { presentCaseFile } from '../src/core/case/case.presenter.ts';
import { getCaseFile, listCases, resolveCaseRef } from '../src/core/case/case.service.ts';
import { isDomainError } from '../src/core/errors.ts';
import type { Store } from '../src/core/ports.ts';
import { exportRecords } from '../src/core/record/export.service.ts';
import { recordHistory } from '../src/core/record/history.service.ts';
import { RECORD_KIND_ORDER } from '../src/core/record/record-kinds.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { caseRecord, chargeRecord, personRecord } from './support/record-fixtures.ts';
import { forEachStore } from './support/stores.ts';

const law = loadLegalKnowledge('data/law');
const clock = { now: () => '2023-02-01T06:00:00.000Z' };
const CASE = 'case:matrix';
const ASOF = '2023-02-01';

const viewer: Actor = { id: 'user:viewer', user: 'viewer', roles: ['viewer'] };
const editor: Actor = { id: 'user:editor', user: 'editor', roles: ['editor'] };
const admin: Actor = { id: 'user:admin', user: 'admin', roles: ['admin'] };
const alice: Actor = { id: 'user:alice', user: 'alice', roles: ['viewer'] };
const lawyer: Actor = { id: 'user:lawyer', user: 'lawyer', roles: ['viewer'], groups: ['defence'] };

/** The strings that must not leave the core for a reader below each level. */
const INTERNAL_ONLY = ['charge:matrix-400'];
const RESTRICTED_ONLY = [
  'measure:matrix-house',
  'source:matrix-witness',
  'WITNESS-QUOTE',
  'locator-secret',
  '+7 700 000 00 00',
  'Ms Witness',
];

async function seed(store: Store): Promise<void> {
  await store.run(SYSTEM_ACTOR, async (tx) => {
    await tx.create('source', {
      id: 'source:matrix-report',
      kind: 'document',
      title: 'A published report',
      visibility: 'public',
    });
    await tx.create('source', {
      id: 'source:matrix-witness',
      kind: 'testimony',
      title: 'Statement of a witness',
      author: 'Ms Witness',
      visibility: 'restricted',
      readers: ['group:defence'],
    });
    await tx.create(
      'person',
      personRecord('person:mamay', {
        visibility: 'public',
        contact: { phones: ['+7 700 000 00 00'] },
        birthDate: '1980',
        fieldVisibility: { birthDate: 'internal' },
      }),
    );
    await tx.create(
      'person',
      personRecord('person:matrix-alice-only', {
        names: [{ value: 'Only For Alice', script: 'Latn', language: 'en', kind: 'native', sources: [] }],
        visibility: 'restricted',
        readers: ['user:alice'],
      }),
    );
    await tx.create(
      'case',
      caseRecord(CASE, {
        visibility: 'public',
        // Current on the day the facts are asked for: what is uncertain here is what the reader may not see.
        confirmed: { on: ASOF, sources: [] },
        participants: [{ person: 'person:mamay', role: 'defendant', sources: [] }],
        sources: [
          { source: 'source:matrix-report', page: 1 },
          { source: 'source:matrix-witness', page: 3, locator: 'locator-secret', quote: 'WITNESS-QUOTE' },
        ],
      }),
    );
    await tx.create(
      'charge',
      chargeRecord('charge:matrix-272', CASE, {
        visibility: 'public',
        lifecycle: [
          { kind: 'brought', date: '2022-03-15', sources: [] },
          { kind: 'reclassified', date: '2022-05-01', successors: ['charge:matrix-400'], sources: [] },
        ],
      }),
    );
    await tx.create(
      'charge',
      chargeRecord('charge:matrix-400', CASE, {
        article: { jurisdiction: 'kz', code: 'cc', article: '400' },
        origin: { kind: 'reclassification', from: ['charge:matrix-272'] },
        lifecycle: [{ kind: 'brought', date: '2022-05-01', sources: [] }],
        visibility: 'internal',
      }),
    );
    await tx.create('measure', {
      id: 'measure:matrix-custody',
      case: CASE,
      person: 'person:mamay',
      kind: 'custody',
      steps: [
        { kind: 'ordered', date: '2022-03-15', sources: [] },
        { kind: 'changed', date: '2022-11-15', successor: 'measure:matrix-house', sources: [] },
      ],
      visibility: 'public',
      sources: [],
    });
    await tx.create('measure', {
      id: 'measure:matrix-house',
      case: CASE,
      person: 'person:mamay',
      kind: 'house_arrest',
      place: 'an address in Almaty',
      steps: [{ kind: 'ordered', date: '2022-11-15', sources: [] }],
      visibility: 'restricted',
      sources: [],
    });
  });
}

/** Everything a reader can get about the case through each exit, as one JSON text. */
async function everyExit(store: Store, actor: Actor): Promise<string> {
  const session = openSession(store, actor);
  const file = await getCaseFile(session, CASE);
  const facts = await caseFacts({ session, law, clock }, CASE, ASOF);
  const history = await recordHistory(session, 'person', 'person:mamay');
  const caseHistory = await recordHistory(session, 'case', CASE);
  const list = await listCases(session);
  const records = await Promise.all(RECORD_KIND_ORDER.map((kind) => session.list(kind)));
  return JSON.stringify([
    presentCaseFile(file, law),
    presentCaseFacts(facts),
    history,
    caseHistory,
    list,
    records,
  ]);
}

async function exported(store: Store, actor: Actor, mode: 'backup' | 'open-data'): Promise<string> {
  return exportRecords(openSession(store, actor), mode, async (reader) => {
    const all = await Promise.all(RECORD_KIND_ORDER.map((kind) => reader.list(kind)));
    return JSON.stringify(all);
  });
}

const absent = (text: string, needles: readonly string[], who: string) => {
  for (const needle of needles) assert.ok(!text.includes(needle), `${who} must not see "${needle}"`);
};
const present = (text: string, needles: readonly string[], who: string) => {
  for (const needle of needles) assert.ok(text.includes(needle), `${who} should see "${needle}"`);
};

forEachStore('access through every exit', (getStore) => {
  test('each role sees what its level allows, through every exit, and nothing else', async () => {
    await seed(getStore());
    const pub = await everyExit(getStore(), PUBLIC_ACTOR);
    absent(pub, [...INTERNAL_ONLY, ...RESTRICTED_ONLY, '"birthDate"', 'Only For Alice'], 'the public');
    for (const actor of [viewer, editor]) {
      const text = await everyExit(getStore(), actor);
      present(text, INTERNAL_ONLY, actor.id);
      present(text, ['"birthDate"'], actor.id);
      absent(text, [...RESTRICTED_ONLY, 'Only For Alice'], actor.id);
    }
    const all = await everyExit(getStore(), admin);
    present(all, [...INTERNAL_ONLY, ...RESTRICTED_ONLY, 'Only For Alice'], 'an admin');
  });

  test('a restricted record opens to the users and groups it names, and to no one else', async () => {
    await seed(getStore());
    const aliceSees = await everyExit(getStore(), alice);
    present(aliceSees, ['Only For Alice'], 'alice');
    absent(aliceSees, ['Ms Witness', 'WITNESS-QUOTE'], 'alice');
    const lawyerSees = await everyExit(getStore(), lawyer);
    present(lawyerSees, ['source:matrix-witness', 'WITNESS-QUOTE'], 'the defence group');
    absent(lawyerSees, ['Only For Alice'], 'the defence group');
    // A field restricted inside a record a named reader may open is still the admins' alone unless it says so.
    assert.equal(
      (await openSession(getStore(), alice).get('person', 'person:matrix-alice-only'))?.id,
      'person:matrix-alice-only',
    );
    assert.equal(await openSession(getStore(), viewer).get('person', 'person:matrix-alice-only'), undefined);
  });

  test('a case file gives the version of each record it shows, for the next update to send back', async () => {
    await seed(getStore());
    await getStore().run(SYSTEM_ACTOR, async (tx) => {
      const charge = await tx.get('charge', 'charge:matrix-272');
      assert.ok(charge);
      await tx.update('charge', { ...charge.data, conduct: 'a speech at a rally' }, charge.version);
    });
    const shown = presentCaseFile(await getCaseFile(openSession(getStore(), viewer), CASE), law);
    assert.equal(shown.version, 1);
    assert.deepEqual(
      shown.charges.map((c) => [c.id, c.version]),
      [
        ['charge:matrix-272', 2],
        ['charge:matrix-400', 1],
      ],
    );
    assert.equal(shown.measures.find((m) => m.id === 'measure:matrix-custody')?.version, 1);
  });

  test('a citation of a hidden source goes whole: no page, locator or quote stays behind', async () => {
    await seed(getStore());
    const file = await getCaseFile(openSession(getStore(), viewer), CASE);
    assert.deepEqual(file.case.sources, [{ source: 'source:matrix-report', page: 1 }]);
  });

  test('facts are never certain where a withheld record could change them', async () => {
    await seed(getStore());
    const pub = await caseFacts({ session: openSession(getStore(), PUBLIC_ACTOR), law, clock }, CASE, ASOF);
    const [defendant] = pub.defendants;
    assert.ok(defendant);
    assert.equal(defendant.status.isCertain, false);
    assert.ok(defendant.status.possible.includes('under_house_arrest'));
    assert.deepEqual(pub.withheld?.records, [
      { kind: 'charge', count: 1 },
      { kind: 'measure', count: 1 },
    ]);
    assert.ok(pub.withheld?.uncertain.includes('status'));
    // The reclassification's other end is withheld: the step says so instead of pointing at nothing.
    const reclassified = pub.charges[0]?.steps.find((s) => s.kind === 'reclassified');
    assert.deepEqual(reclassified?.successors, ['[withheld]']);
    const full = await caseFacts({ session: openSession(getStore(), admin), law, clock }, CASE, ASOF);
    assert.equal(full.withheld, undefined);
    assert.equal(full.defendants[0]?.status.status, 'under_house_arrest');
    assert.equal(full.defendants[0]?.status.isCertain, true);
  });

  test('a case is found by a readable name only when the case itself is readable', async () => {
    await seed(getStore());
    await getStore().run(SYSTEM_ACTOR, (tx) =>
      tx.create(
        'case',
        caseRecord('case:matrix-internal', {
          participants: [{ person: 'person:mamay', role: 'defendant', sources: [] }],
        }),
      ),
    );
    assert.equal(await resolveCaseRef(openSession(getStore(), PUBLIC_ACTOR), 'Mamay'), CASE);
    await assert.rejects(resolveCaseRef(openSession(getStore(), viewer), 'Mamay'), (e) =>
      isDomainError(e, 'record.ambiguous'),
    );
  });

  test('the open-data export carries what the public sees; the backup is for admins and carries everything', async () => {
    await seed(getStore());
    const open = await exported(getStore(), admin, 'open-data');
    absent(open, [...INTERNAL_ONLY, ...RESTRICTED_ONLY, '"birthDate"'], 'open data');
    present(open, ['person:mamay', CASE], 'open data');
    const backup = await exported(getStore(), admin, 'backup');
    present(backup, [...INTERNAL_ONLY, ...RESTRICTED_ONLY], 'a backup');
    await assert.rejects(exported(getStore(), editor, 'backup'), (e) => isDomainError(e, 'auth.forbidden'));
  });
});
