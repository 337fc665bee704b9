// The entry of the thread that reads and prepares a bundle: it loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
