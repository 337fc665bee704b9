// What `npm start` serves, built when missing or stale: the web application and the server.
import { ensureServerBuild } from './build-server.ts';
import { ensureWebBuild } from './build-web.ts';

await ensureWebBuild();
await ensureServerBuild();
