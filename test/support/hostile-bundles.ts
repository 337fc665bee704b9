import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DIR } from '../../src/data-dirs.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Bundle = Record<string, Json> & Record<'cases' | 'charges' | 'measures' | 'persons' | 'sources', Json[]>;

/** The demo bundle, parsed afresh each time so each test changes its own copy. */
export function demoBundle(): Bundle {
  return JSON.parse(readFileSync(join(DEMO_DIR, 'mamay.bundle.json'), 'utf8')) as Bundle;
}

/** Writes a bundle alone in a fresh folder, which the test server loads instead of the demo's. */
export function bundleFolder(bundle: Bundle): string {
  const dir = mkdtempSync(join(tmpdir(), 'casewatch-bundle-'));
  writeFileSync(join(dir, 'case.bundle.json'), JSON.stringify(bundle));
  return dir;
}

const record = (value: Json | undefined): Record<string, Json> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a record');
  return value;
};

/** Words no one would write, so a test can look for them anywhere a page or an answer shows text. */
export const SECRETS = {
  internalCharge: 'INTERNAL-CHARGE-4410',
  restrictedCharge: 'RESTRICTED-CHARGE-9902',
  restrictedSummary: 'RESTRICTED-SUMMARY-7781',
  restrictedPlace: 'RESTRICTED-PLACE-3307',
  contact: 'RESTRICTED-CONTACT-5521',
} as const;

/** The group whose members may read the restricted charge. */
export const LEGAL_TEAM = 'legal-team';

/**
 * The demo case with what the public must never see: an internal charge, a charge restricted to a legal team, a
 * restricted summary on the public case, a restricted place of house arrest, a person's contact details.
 */
export function confidentialBundle(): Bundle {
  const b = demoBundle();
  const kase = record(b.cases[0]);
  kase.summary = `${SECRETS.restrictedSummary} what the lawyers learnt`;
  kase.fieldVisibility = { summary: 'restricted' };
  const charge = record(b.charges.find((c) => record(c).origin === undefined));
  const copy = (id: string, label: string, extra: Record<string, Json>) => {
    const { origin: _o, lifecycle, ...rest } = JSON.parse(JSON.stringify(charge)) as Record<string, Json>;
    // Brought only: a later step (reclassified, re-brought) would name successors that do not name the copy.
    const brought = Array.isArray(lifecycle) ? lifecycle.slice(0, 1) : [];
    return { ...rest, id, label, conduct: `${label} conduct`, lifecycle: brought, ...extra };
  };
  b.charges.push(copy('charge:mamay-internal', SECRETS.internalCharge, { visibility: 'internal' }));
  b.charges.push(
    copy('charge:mamay-restricted', SECRETS.restrictedCharge, {
      visibility: 'restricted',
      readers: [`group:${LEGAL_TEAM}`],
    }),
  );
  const measure = record(b.measures[b.measures.length - 1]);
  measure.place = SECRETS.restrictedPlace;
  measure.fieldVisibility = { place: 'restricted' };
  record(b.persons[0]).contact = { address: SECRETS.contact, phones: ['+7 700 000 5521'] };
  return b;
}

/** What a script would do if a payload ran: set window.__xss. */
export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  "'><svg/onload=window.__xss=1>",
] as const;

/** The keys of the bundle's free text: titles, names, notes, conduct, summaries, quotes, places, labels. */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'summary',
  'conduct',
  'note',
  'label',
  'publisher',
  'quote',
  'value',
  'family',
  'given',
  'occupation',
  'name',
  'place',
  'text',
  'groups',
  'themes',
]);

/** Appends a payload to every free-text string below `value`, in turn. */
function poison(value: Json, key: string, next: () => string): Json {
  if (typeof value === 'string') return TEXT_KEYS.has(key) ? `${value} ${next()}` : value;
  if (Array.isArray(value)) return value.map((v) => poison(v, key, next));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, next)]));
  return value;
}

/**
 * The demo case with a payload in every free-text field, and sources whose addresses are a `javascript:` URL and
 * a `data:` page: the page must show them as text and run nothing.
 */
export function hostileBundle(): Bundle {
  let i = 0;
  const b = poison(demoBundle(), '', () => PAYLOADS[i++ % PAYLOADS.length] ?? '') as Bundle;
  const kase = record(b.cases[0]);
  const urls = [
    'javascript:window.__xss=1',
    'data:text/html,<script>window.__xss=1</script>',
    'https://example.org/',
  ];
  urls.forEach((url, n) => {
    const id = `source:hostile-${n}`;
    b.sources.push({
      id,
      kind: 'web',
      title: `${PAYLOADS[n % PAYLOADS.length] ?? ''} link ${n}`,
      url,
      accessedOn: '2023-02-01',
      visibility: 'public',
    });
    kase.sources = [...(Array.isArray(kase.sources) ? kase.sources : []), { source: id }];
  });
  return b;
}
