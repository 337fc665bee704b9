// The entry of a thread that prepares the records of a bundle: it loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
