import { bundleJsonSchema } from './src/exchange/bundle-schema.ts';
const s = bundleJsonSchema();
console.log(JSON.stringify(s, null, 2).length, Object.keys(s), Object.keys((s as any).$defs));
console.log(JSON.stringify((s as any).$defs.PartialDate), JSON.stringify((s as any).properties.charges).slice(0,300));
