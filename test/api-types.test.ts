import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generateApiTypes } from '../scripts/api-types.ts';

test('the committed web/src/lib/api-schema.d.ts is what docs/openapi.json generates (npx tsx scripts/generate-api-types.ts)', async () => {
  const generated = await generateApiTypes(readFileSync('docs/openapi.json', 'utf8'));
  assert.equal(readFileSync('web/src/lib/api-schema.d.ts', 'utf8'), generated);
});

test('the generated types name the record routes the forms write to', () => {
  const committed = readFileSync('web/src/lib/api-schema.d.ts', 'utf8');
  for (const path of [
    '/api/persons/{id}',
    '/api/cases/{id}/record',
    '/api/charges',
    '/api/measures',
    '/api/hearings',
  ])
    assert.ok(committed.includes(`"${path}": {`), `${path} is missing`);
});
