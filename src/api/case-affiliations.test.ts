import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../core/ports.ts';
import { bodyOf, testApi } from '../../test/support/api.ts';
import { caseRecord, personRecord } from '../../test/support/record-fixtures.ts';
import { forEachStore } from '../../test/support/stores.ts';

// A case's file names the organisations its persons belong to, with their registration, as the reader may see them.

const organisation = (id: string, name: string, visibility: 'public' | 'internal') => ({
  id,
  names: [{ value: name, script: 'Latn', language: 'en', kind: 'official_latin', sources: [] }],
  kind: 'party',
  registration: [{ status: 'unregistered', sources: [] }],
  visibility,
  sources: [],
  disputes: [],
});

type Presented = {
  persons: {
    id: string;
    affiliations: {
      organisation: string;
      name: string;
      role: string;
      registration?: string;
      sources: { source: string; page?: number; quote?: string }[];
    }[];
  }[];
};

forEachStore('a case’s persons and the organisations they belong to', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore);
    const bundle = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      organisations: [
        organisation('org:dpk', 'Democratic Party of Kazakhstan', 'public'),
        organisation('org:circle', 'A circle of supporters', 'internal'),
      ],
      sources: [{ id: 'source:d', kind: 'document', title: 'Dispatch', visibility: 'public' }],
      persons: [
        personRecord('person:m', {
          visibility: 'public',
          affiliations: [
            {
              organisation: 'org:dpk',
              role: 'leader',
              sources: [{ source: 'source:d', page: 2, quote: 'leader' }],
            },
            { organisation: 'org:circle', role: 'member', sources: [] },
          ],
        }),
      ],
      cases: [
        caseRecord('case:m', {
          visibility: 'public',
          participants: [{ person: 'person:m', role: 'defendant', sources: [] }],
        }),
      ],
    };
    const res = await api.call('editor', 'POST', '/api/import', bundle);
    assert.equal(res.status, 200, JSON.stringify(await res.clone().json()));
  });

  test('each named, with the role, the registration and what the tie cites; one out of the reader’s sight is not named', async () => {
    const ties = async (as: 'viewer' | 'public') =>
      (await bodyOf<Presented>(await api.call(as, 'GET', '/api/cases/case:m'))).persons[0]?.affiliations;
    assert.deepEqual(await ties('viewer'), [
      {
        organisation: 'org:dpk',
        name: 'Democratic Party of Kazakhstan',
        role: 'leader',
        registration: 'unregistered',
        sources: [{ source: 'source:d', page: 2, quote: 'leader' }],
      },
      {
        organisation: 'org:circle',
        name: 'A circle of supporters',
        role: 'member',
        registration: 'unregistered',
        sources: [],
      },
    ]);
    assert.deepEqual(
      (await ties('public'))?.map((a) => a.organisation),
      ['org:dpk'],
    );
  });
});
