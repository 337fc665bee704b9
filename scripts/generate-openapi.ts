// Writes docs/openapi.json from the API's routes; src/api/openapi.test.ts fails when it drifts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { committedOpenApiDocument } from '../src/api/openapi-file.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = `${root}docs/openapi.json`;
writeFileSync(target, committedOpenApiDocument(loadLegalKnowledge(`${root}data/law`)));
console.log(`wrote ${target}`);
