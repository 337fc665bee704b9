import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { kzLaw } from '../../../test/support/facts-factory.ts';
import { createMemoryStore } from '../../../test/support/memory-store.ts';
import { caseRecord, chargeRecord, personRecord } from '../../../test/support/record-fixtures.ts';
import { PUBLIC_ACTOR, SYSTEM_ACTOR, type Actor } from '../actor.ts';
import { caseFacts } from '../case/case-facts.service.ts';
import { getCaseFile } from '../case/case.service.ts';
import { isDomainError } from '../errors.ts';
import type { Store } from '../ports.ts';
import { exportRecords, type ExportMode } from '../record/export.service.ts';
import { recordHistory } from '../record/history.service.ts';
import { RECORD_KIND_ORDER, type RecordOf } from '../record/record-kinds.ts';
import { openSession } from './session.ts';

// The policy matrix, through every door a record leaves the core by: each role, and a viewer a restricted record
// names as its reader, against records of each visibility and fields more confidential than their record. What
// a reader may not read is absent: no key, no id, no value anywhere in what they get.

/** Records of each label: person:L, charge:L (in case:open, against person:L) and case:L. */
const LABELS = ['open', 'inside', 'closed', 'alices'] as const;
type Label = (typeof LABELS)[number];

const ACCESS: Record<Label, Pick<RecordOf<'person'>, 'visibility' | 'readers'>> = {
  open: { visibility: 'public' },
  inside: { visibility: 'internal' },
  closed: { visibility: 'restricted' },
  alices: { visibility: 'restricted', readers: ['user:alice'] },
};

const NAMES: Record<Label, string> = {
  open: 'Olzhas Openov',
  inside: 'Ilyas Insidov',
  closed: 'Kanat Closedov',
  alices: 'Aruzhan Alicova',
};

/** The contact details (restricted by default, whatever the person's visibility) and a source's author. */
const CONTACTS = {
  open: { first: '+7 700 000 0001', now: '+7 700 000 0011' },
  alices: { first: '+7 700 000 0004' },
};
const AUTHOR = 'Author Internalova';

const ADMIN: Actor = { id: 'user:root', user: 'root', roles: ['admin'] };
const ALICE: Actor = { id: 'user:alice', user: 'alice', roles: ['viewer'] };

interface Expected {
  /** The labels whose records the actor reads. */
  reads: readonly Label[];
  /** The persons whose contact they read. */
  contacts: readonly ('open' | 'alices')[];
  /** Whether they read the author of source:open, which is internal on a public source. */
  author: boolean;
}

const MATRIX: [string, Actor, Expected][] = [
  ['the public', PUBLIC_ACTOR, { reads: ['open'], contacts: [], author: false }],
  [
    'a viewer',
    { id: 'user:bob', user: 'bob', roles: ['viewer'] },
    { reads: ['open', 'inside'], contacts: [], author: true },
  ],
  [
    'a researcher',
    { id: 'user:rita', user: 'rita', roles: ['researcher'] },
    { reads: ['open', 'inside'], contacts: [], author: true },
  ],
  [
    'an editor',
    { id: 'user:aigerim', user: 'aigerim', roles: ['editor'] },
    { reads: ['open', 'inside'], contacts: [], author: true },
  ],
  ['an admin', ADMIN, { reads: LABELS, contacts: ['open', 'alices'], author: true }],
  [
    'a viewer the record names',
    ALICE,
    { reads: ['open', 'inside', 'alices'], contacts: ['alices'], author: true },
  ],
];

async function seed(store: Store): Promise<void> {
  await store.run(SYSTEM_ACTOR, async (tx) => {
    await tx.create('source', {
      id: 'source:open',
      kind: 'document',
      title: 'Indictment',
      author: AUTHOR,
      visibility: 'public',
      fieldVisibility: { author: 'internal' },
    });
    for (const label of LABELS) {
      await tx.create(
        'person',
        personRecord(`person:${label}`, {
          ...ACCESS[label],
          names: [
            { value: NAMES[label], script: 'Latn', language: 'en', kind: 'official_latin', sources: [] },
          ],
          ...(label === 'open' || label === 'alices' ? { contact: { phones: [CONTACTS[label].first] } } : {}),
        }),
      );
      await tx.create(
        'case',
        caseRecord(`case:${label}`, {
          ...ACCESS[label],
          ...(label === 'open'
            ? {
                participants: LABELS.map((l) => ({
                  person: `person:${l}`,
                  role: 'defendant' as const,
                  sources: [],
                })),
                sources: [{ source: 'source:open', page: 1 }],
              }
            : {}),
        }),
      );
      await tx.create(
        'charge',
        chargeRecord(`charge:${label}`, 'case:open', { ...ACCESS[label], defendant: `person:${label}` }),
      );
    }
  });
  // A change to the contact alone, so that histories have a change some readers may not see.
  await store.run(ADMIN, async (tx) => {
    const open = await tx.get('person', 'person:open');
    assert.ok(open);
    await tx.update('person', { ...open.data, contact: { phones: [CONTACTS.open.now] } }, open.version);
  });
}

/** Every text the actor may not read: ids and names of records, values of fields. */
function hiddenFrom(expected: Expected): string[] {
  const hidden = LABELS.filter((l) => !expected.reads.includes(l)).flatMap((l) => [
    `person:${l}`,
    `charge:${l}`,
    `case:${l}`,
    NAMES[l],
  ]);
  if (!expected.contacts.includes('open')) hidden.push(CONTACTS.open.first, CONTACTS.open.now);
  if (!expected.contacts.includes('alices')) hidden.push(CONTACTS.alices.first);
  if (!expected.author) hidden.push(AUTHOR);
  return hidden;
}

function assertAbsent(value: unknown, hidden: readonly string[], where: string): void {
  const json = JSON.stringify(value) ?? '';
  for (const text of hidden) assert.equal(json.includes(text), false, `${where} holds "${text}"`);
}

/** Every record an export writes, by kind. */
async function exported(store: Store, actor: Actor, mode: ExportMode): Promise<Map<string, unknown[]>> {
  return exportRecords(openSession(store, actor), mode, async (reader) => {
    const out = new Map<string, unknown[]>();
    for (const kind of RECORD_KIND_ORDER)
      out.set(
        kind,
        (await reader.list(kind)).map((s) => s.data),
      );
    return out;
  });
}

const idsOf = (records: readonly unknown[] | undefined) =>
  (records ?? []).map((r) => (r as { id: string }).id);

const store = createMemoryStore();
before(() => seed(store));

for (const [who, actor, expected] of MATRIX) {
  const hidden = hiddenFrom(expected);
  const readable = (label: Label) => expected.reads.includes(label);

  describe(`${who} (${actor.roles.join(', ')})`, () => {
    test('gets only what they may read, without the fields they may not', async () => {
      const session = openSession(store, actor);
      for (const label of LABELS) {
        for (const kind of ['person', 'charge', 'case'] as const) {
          const got = await session.get(kind, `${kind}:${label}`);
          assert.equal(got !== undefined, readable(label), `${kind}:${label}`);
          assertAbsent(got, hidden, `${kind}:${label}`);
        }
      }
      for (const label of ['open', 'alices'] as const) {
        const person = await session.get('person', `person:${label}`);
        if (person !== undefined)
          assert.equal(
            'contact' in person.data,
            expected.contacts.includes(label),
            `person:${label} contact`,
          );
      }
      const source = await session.get('source', 'source:open');
      assert.ok(source);
      assert.equal('author' in source.data, expected.author);
      assert.equal(source.data.fieldVisibility?.author !== undefined, expected.author);
    });

    test('lists only what they may read', async () => {
      const session = openSession(store, actor);
      const all = await Promise.all(RECORD_KIND_ORDER.map((kind) => session.list(kind)));
      assertAbsent(all, hidden, 'the lists');
      for (const kind of ['person', 'charge', 'case'] as const) {
        const ids = (await session.list(kind)).map((s) => s.id);
        assert.deepEqual(ids, expected.reads.map((l) => `${kind}:${l}`).sort(), kind);
      }
      assert.deepEqual(
        (await session.list('charge', { case: 'case:open' })).map((s) => s.id),
        expected.reads.map((l) => `charge:${l}`).sort(),
      );
    });

    test('reads the history only of what they may read, and in it only the fields they may read', async () => {
      const session = openSession(store, actor);
      for (const label of LABELS) {
        const history = recordHistory(session, 'person', `person:${label}`);
        if (!readable(label)) {
          await assert.rejects(history, (e) => isDomainError(e, 'record.not_found'));
          continue;
        }
        const entries = await history;
        assertAbsent(entries, hidden, `the history of person:${label}`);
        if (label !== 'open' && label !== 'alices') continue;
        const seesContact = expected.contacts.includes(label);
        for (const entry of entries) {
          for (const side of [entry.before, entry.after])
            if (side !== null) assert.equal('contact' in (side as object), seesContact);
          assert.equal(entry.changedFields.includes('contact'), seesContact);
        }
      }
      const source = await recordHistory(session, 'source', 'source:open');
      assert.equal('author' in (source[0]?.after as object), expected.author);
    });

    test('exports a backup only as an admin, and open data only as the public sees it', async () => {
      const backup = exported(store, actor, 'backup');
      if (actor.roles.includes('admin')) {
        const all = await backup;
        assert.deepEqual(idsOf(all.get('person')), LABELS.map((l) => `person:${l}`).sort());
        const json = JSON.stringify([...all]);
        for (const text of [CONTACTS.open.now, CONTACTS.alices.first, AUTHOR]) assert.ok(json.includes(text));
      } else await assert.rejects(backup, (e) => isDomainError(e, 'auth.forbidden'));

      const open = await exported(store, actor, 'open-data');
      assertAbsent([...open], hiddenFrom(MATRIX[0]?.[2] as Expected), 'open data');
      for (const kind of ['person', 'charge', 'case'] as const)
        assert.deepEqual(idsOf(open.get(kind)), [`${kind}:open`]);
      assert.deepEqual(idsOf(open.get('source')), ['source:open']);
      assert.equal('contact' in (open.get('person')?.[0] as object), false);
      assert.equal('author' in (open.get('source')?.[0] as object), false);
    });

    test("computes a case's facts from what they may read, and names nothing else", async () => {
      const session = openSession(store, actor);
      const deps = { session, law: kzLaw(), clock: { now: () => '2024-06-01T00:00:00.000Z' } };
      for (const label of LABELS.filter((l) => l !== 'open')) {
        if (!readable(label))
          await assert.rejects(caseFacts(deps, `case:${label}`), (e) => isDomainError(e, 'record.not_found'));
      }
      const file = await getCaseFile(session, 'case:open');
      assertAbsent(file, hidden, 'the case file');
      const facts = await caseFacts(deps, 'case:open', '2024-06-01');
      assertAbsent(facts, hidden, 'the facts');
      const reads = expected.reads.map((l) => `charge:${l}`).sort();
      assert.deepEqual(facts.charges.map((c) => c.id).sort(), reads);
      assert.deepEqual(
        facts.defendants.map((d) => d.person.id).sort(),
        expected.reads.map((l) => `person:${l}`).sort(),
      );
      const isWhole = expected.reads.length === LABELS.length;
      assert.equal(facts.withheld === undefined, isWhole);
      assert.equal(file.withheld === undefined, isWhole);
    });
  });
}
