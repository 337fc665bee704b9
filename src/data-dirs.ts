import { fileURLToPath } from 'node:url';

/**
 * The data the package ships, found where it is installed rather than in the current folder, so `casewatch`
 * works from any folder: the legal knowledge (CASEWATCH_LAW_DIR overrides it) and the demo case.
 */
export const LAW_DIR = fileURLToPath(new URL('../data/law', import.meta.url));

/** The demo case's bundles, loaded by `serve --demo` into an empty database. */
export const DEMO_DIR = fileURLToPath(new URL('../data/demo', import.meta.url));

/** How names are folded for search across scripts and spellings (data/names/folding.json). */
export const NAME_FOLDING_FILE = fileURLToPath(new URL('../data/names/folding.json', import.meta.url));

/** The built web application (`scripts/build-web.ts` writes it; the server serves it when it is there). */
export const WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));
