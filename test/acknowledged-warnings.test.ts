// A warning of a case's facts noted by the researcher as the source leaves it: written on the case, kept through an
// edit, and given back by the facts marked noted, on both databases.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../src/core/actor.ts';
import { openSession } from '../src/core/access/session.ts';
import { getCaseFile } from '../src/core/case/case.service.ts';
import { isDomainError } from '../src/core/errors.ts';
import { computeCaseFacts } from '../src/core/facts/case-facts.ts';
import type { LegalKnowledge } from '../src/core/law/legal-knowledge.ts';
import { importBundle } from '../src/core/record/import.service.ts';
import type { Session } from '../src/core/access/session.ts';
import { updateRecord } from '../src/core/record/record.service.ts';
import { readBundle } from '../src/exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { forEachStore } from './support/stores.ts';
import { oneCaseBundle } from './support/one-case-bundle.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const cite = [{ source: 'source:news', quote: 'dropped an identical charge, reclassifying it' }];
const art = (article: string, part?: string) => ({
  jurisdiction: 'kz',
  code: 'cc',
  article,
  ...(part !== undefined ? { part } : {}),
});

/** Art. 272(1) reclassified as Art. 400, then brought again: the fate of Art. 400 is not said. */
const bundle = oneCaseBundle(
  { id: 'source:news', title: 'Charged again' },
  {},
  {
    charges: [
      {
        id: 'charge:riots',
        case: 'case:c',
        defendant: 'person:p',
        article: art('272', '1'),
        lifecycle: [
          { kind: 'brought', date: '2022-03-01' },
          { kind: 'reclassified', date: '2022-11-01', successors: ['charge:assembly'] },
        ],
      },
      {
        id: 'charge:assembly',
        case: 'case:c',
        defendant: 'person:p',
        article: art('400', '1'),
        origin: { kind: 'reclassification', from: ['charge:riots'] },
        lifecycle: [{ kind: 'brought', date: '2022-11-01' }],
      },
      {
        id: 'charge:again',
        case: 'case:c',
        defendant: 'person:p',
        article: art('272', '1'),
        origin: { kind: 'rebrought', from: ['charge:riots'] },
        lifecycle: [{ kind: 'brought', date: '2023-01-26' }],
      },
    ],
  },
);

const read = (b: object) => readBundle(Readable.from([Buffer.from(JSON.stringify(b))]), 'noted.json');

/** The case as stored, read through the session. */
async function getCase(session: Session) {
  const stored = await session.get('case', 'case:c');
  assert.ok(stored !== undefined);
  return stored;
}

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('a warning noted as the source leaves it', (getStore) => {
  const fateWarning = async () => {
    const file = await getCaseFile(openSession(getStore(), EDITOR), 'case:c');
    return computeCaseFacts(file, law, '2023-02-01').warnings.find(
      (w) => w.code === 'charge.replaced_brought_again',
    );
  };

  test('noted on the case, the facts give the warning marked noted; an edit of the case keeps the note', async () => {
    const session = openSession(getStore(), EDITOR);
    await importBundle({ session, law }, read(bundle), { file: 'noted.json' });
    assert.equal((await fateWarning())?.acknowledged, undefined);
    const stored = await getCase(session);
    const note = {
      code: 'charge.replaced_brought_again',
      record: 'charge:assembly',
      note: 'The source does not say what became of it.',
      sources: cite,
    };
    await updateRecord(session, 'case', { ...stored.data, acknowledged: [note] }, stored.version);
    assert.deepEqual((await fateWarning())?.acknowledged, { note: note.note });
    const noted = await getCase(session);
    await updateRecord(session, 'case', { ...noted.data, title: 'Case C, renamed' }, noted.version);
    assert.deepEqual((await getCase(session)).data.acknowledged, [note]);
    // Written from a stale version, the note is refused and nothing changes.
    const stale = await updateRecord(
      session,
      'case',
      { ...noted.data, acknowledged: [] },
      noted.version,
    ).catch((e: unknown) => e);
    assert.ok(isDomainError(stale, 'record.conflict'));
    assert.deepEqual((await fateWarning())?.acknowledged, { note: note.note });
  });

  test('a note without its reason is refused, naming the field', async () => {
    const session = openSession(getStore(), EDITOR);
    await importBundle({ session, law }, read(bundle), { file: 'noted.json' });
    const stored = await getCase(session);
    const bad = await updateRecord(
      session,
      'case',
      {
        ...stored.data,
        acknowledged: [{ code: 'charge.replaced_brought_again', record: 'charge:assembly' }],
      },
      stored.version,
    ).catch((e: unknown) => e);
    assert.ok(isDomainError(bad));
    assert.match(JSON.stringify(bad), /acknowledged/);
    assert.equal((await fateWarning())?.acknowledged, undefined);
  });
});
