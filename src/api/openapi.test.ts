import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { loadLegalKnowledge } from '../store/law-files.ts';
import { createApp } from './app.ts';
import { committedOpenApiDocument } from './openapi-file.ts';

const law = loadLegalKnowledge('data/law');

test('the committed docs/openapi.json is what the routes generate (npx tsx scripts/generate-openapi.ts)', () => {
  assert.equal(readFileSync('docs/openapi.json', 'utf8'), committedOpenApiDocument(law));
});

test('GET /api/openapi.json serves an OpenAPI 3.1 document of every record kind, from the core schemas', async () => {
  const app = createApp({
    openSession: () => {
      throw new Error('the document reads nothing');
    },
    law,
    clock: { now: () => '2024-01-01T00:00:00.000Z' },
  });
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = (await res.json()) as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
  };
  assert.equal(doc.openapi, '3.1.0');
  for (const collection of [
    'sources',
    'organisations',
    'persons',
    'events',
    'charges',
    'measures',
    'hearings',
    'decisions',
  ])
    assert.deepEqual(Object.keys(doc.paths[`/api/${collection}/{id}`] ?? {}).sort(), [
      'delete',
      'get',
      'patch',
      'put',
    ]);
  assert.deepEqual(Object.keys(doc.paths['/api/cases/{id}/record'] ?? {}).sort(), [
    'delete',
    'get',
    'patch',
    'put',
  ]);
  assert.deepEqual(Object.keys(doc.paths['/api/cases'] ?? {}).sort(), ['get', 'post']);
  // The person's schema is the core's: its confidential contact and its names as the core has them.
  const person = doc.components.schemas.Person;
  assert.ok(person?.properties?.contact);
  assert.deepEqual(person?.required?.sort(), ['id', 'names']);
  assert.equal(JSON.stringify(doc).includes('__shared'), false);
});
