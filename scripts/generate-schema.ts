// Writes docs/schema/bundle.schema.json from the zod schemas; bundle-schema.test.ts fails when it drifts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderBundleJsonSchema } from '../src/exchange/bundle-schema.ts';

const target = fileURLToPath(new URL('../docs/schema/bundle.schema.json', import.meta.url));
writeFileSync(target, renderBundleJsonSchema());
console.log(`wrote ${target}`);
