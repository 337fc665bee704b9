// Writes web/src/lib/api-schema.d.ts from docs/openapi.json; test/api-types.test.ts fails when it drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateApiTypes } from './api-types.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}web/src/lib/api-schema.d.ts`;
writeFileSync(target, await generateApiTypes(readFileSync(`${root}docs/openapi.json`, 'utf8')));
console.log(`wrote ${target}`);
