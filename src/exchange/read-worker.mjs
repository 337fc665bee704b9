// The entry of the thread that reads a bundle and cuts its records out: it loads the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
