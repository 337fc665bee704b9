import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RECORD_KINDS, RECORD_KIND_ORDER } from '../core/record/record-kinds.ts';
import { bundleJsonSchema, renderBundleJsonSchema } from './bundle-schema.ts';

type Json = Record<string, unknown>;
const schema = bundleJsonSchema() as Json & { properties: Record<string, Json>; $defs: Record<string, Json> };
const resolve = (node: Json): Json =>
  typeof node.$ref === 'string' ? resolve(schema.$defs[node.$ref.replace('#/$defs/', '')] ?? {}) : node;

test('is a draft 2020-12 schema with an id, a title and a description', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(String(schema.$id), /^https:\/\/.+bundle\.schema\.json$/);
  assert.equal(typeof schema.title, 'string');
  assert.equal(typeof schema.description, 'string');
  assert.equal(schema.type, 'object');
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required, ['format', 'formatVersion']);
  for (const kind of RECORD_KIND_ORDER) {
    const collection = schema.properties[RECORD_KINDS[kind].collection];
    assert.equal(collection?.type, 'array', kind);
    assert.equal(typeof collection?.description, 'string', kind);
  }
});

test('describes the records: charges require a lifecycle of dated steps, dates have a pattern', () => {
  const charge = resolve((schema.properties.charges as { items: Json }).items);
  assert.ok((charge.required as string[]).includes('lifecycle'));
  assert.ok((charge.required as string[]).includes('article'));
  const lifecycle = (charge.properties as Record<string, Json>).lifecycle as Json & { items: Json };
  assert.equal(lifecycle.minItems, 1);
  const step = resolve(lifecycle.items);
  assert.deepEqual(step.required, ['kind', 'date']);
  const date = resolve((step.properties as Record<string, Json>).date ?? {});
  const pattern = new RegExp(String(date.pattern));
  for (const ok of ['2022', '2022-11', '2022-11-07', '2023-21', '2022-11~', '2022?'])
    assert.ok(pattern.test(ok), ok);
  for (const bad of ['22', '2022-13', '2022-25', '2022-11-7', '2022-11-07T10:00'])
    assert.ok(!pattern.test(bad), bad);
  const person = resolve((schema.properties.persons as { items: Json }).items);
  assert.ok((person.required as string[]).includes('names'));
});

test('a record may carry its version, and nothing else beside its fields; both format versions are read', () => {
  for (const kind of RECORD_KIND_ORDER) {
    const record = resolve((schema.properties[RECORD_KINDS[kind].collection] as { items: Json }).items);
    const version = (record.properties as Record<string, Json>).$version;
    assert.equal(version?.type, 'integer', kind);
    assert.equal(version?.minimum, 1, kind);
    assert.equal(record.additionalProperties, false, kind);
  }
  assert.deepEqual(schema.properties.formatVersion?.enum, [1, 2, 3]);
});

test('the committed docs/schema/bundle.schema.json is up to date (npx tsx scripts/generate-schema.ts)', () => {
  const committed = readFileSync(new URL('../../docs/schema/bundle.schema.json', import.meta.url), 'utf8');
  assert.equal(
    committed,
    renderBundleJsonSchema(),
    'docs/schema/bundle.schema.json is stale: run npx tsx scripts/generate-schema.ts',
  );
});
