import { z } from 'zod';
import type { JSONSchema } from 'zod/v4/core';
import { CitationSchema, IdSchema, PeriodSchema } from '../core/common/schemas.ts';
import { DisputeSchema, DisputedValueSchema } from '../core/common/disputes.ts';
import { NameSchema } from '../core/common/names.ts';
import { DaySchema } from '../core/dates/day.ts';
import { DurationSchema } from '../core/dates/duration.ts';
import { PartialDateSchema } from '../core/dates/partial-date.ts';
import { ChargeStepSchema } from '../core/charge/charge.ts';
import { MeasureStepSchema } from '../core/measure/measure.ts';
import { ArticleRefSchema } from '../core/law/law.ts';
import { RECORD_KINDS, RECORD_KIND_ORDER, type RecordKind } from '../core/record/record-kinds.ts';
import { VERSION_KEY } from '../core/record/record-version.ts';

/** The value of a bundle's `format` field: what tells a Casewatch bundle from any other JSON. */
export const BUNDLE_FORMAT = 'casewatch-bundle';

/**
 * The bundle format version this code writes; a change that breaks readers bumps it. Version 2 gives each
 * record the version it was at (`$version`), which version 1 readers refuse as an unknown key. Version 3 adds
 * what the record knows of itself: a case's horizon (`confirmed`) and releases, a hearing's announcement and
 * its dated changes, a sentence's start, and disputed values (`disputes`) on any record; version 2 readers
 * refuse them as unknown keys.
 */
export const BUNDLE_FORMAT_VERSION = 3;

/**
 * The format versions this code reads: version 1 bundles (no record versions) and version 2 bundles import as
 * they always did; every field version 3 adds is optional.
 */
export const READABLE_FORMAT_VERSIONS = [1, 2, 3] as const;

/** The header fields of a bundle (everything but the collections). */
export const BundleHeaderSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(READABLE_FORMAT_VERSIONS),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  description: z.string().optional(),
});
export type BundleHeader = z.infer<typeof BundleHeaderSchema>;

/** What each collection of records holds, in a sentence: the bundle's and the API's documents say it. */
export const COLLECTION_DESCRIPTIONS: Record<RecordKind, string> = {
  source: 'Documents, web pages, captures and testimonies that facts cite by id.',
  organisation: 'Parties, NGOs, courts, prosecutors, police and detention facilities.',
  person: 'Defendants, lawyers, judges, prosecutors and others, with every written form of their names.',
  case: 'Prosecutions: the frame that charges, measures, hearings and decisions hang on.',
  event: 'Public events cases are tied to: protests, elections, internet shutdowns.',
  charge: 'Charges against one defendant under one article, with their dated lifecycle and lineage.',
  measure: 'Restraint measures (custody, house arrest, bans) with their dated steps.',
  hearing: 'Court hearings, past and scheduled.',
  decision: "Courts' decisions: verdicts and rulings on appeal, with outcomes per charge and the sentence.",
  allegation:
    "The prosecution's claims, each anchored to a document's page and passage, linked to a charge and the elements of its offence.",
  evidence:
    "Evidence, the prosecution's and the defence's: witness statements, expert opinions, videos, posts, with their stance on each allegation.",
};

/** Each kind's name as a schema's title. */
export const TITLES: Record<RecordKind, string> = {
  source: 'Source',
  organisation: 'Organisation',
  person: 'Person',
  case: 'Case',
  event: 'Event',
  charge: 'Charge',
  measure: 'Measure',
  hearing: 'Hearing',
  decision: 'Decision',
  allegation: 'Allegation',
  evidence: 'Evidence',
};

const ONE_DATE = '\\d{4}(-((0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|2[1-4]))?[~?%]?';
/** The forms a partial date takes, as a pattern (its refinements do not translate to JSON Schema). */
export const PARTIAL_DATE_PATTERN = `^(${ONE_DATE}|\\[${ONE_DATE}\\.\\.${ONE_DATE}\\])$`;
/** A calendar day YYYY-MM-DD, as a pattern. */
export const DAY_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

const RECORD_SCHEMAS: ReadonlySet<unknown> = new Set(
  RECORD_KIND_ORDER.map((kind) => RECORD_KINDS[kind].schema),
);

/** A bundle's record may carry its version; it is taken off before the record's own schema, which stays strict. */
const VERSION_PROPERTY: JSONSchema.JSONSchema = {
  type: 'integer',
  minimum: 1,
  description:
    'Not part of the record: the version it was at in the database it was exported from. On import, a record that differs from the stored one while the stored one is at a later version is a conflict; without it, a record that differs replaces the stored one.',
};

const COLLECTIONS = RECORD_KIND_ORDER.map((kind) => ({
  kind,
  schema: z.array(RECORD_KINDS[kind].schema).optional(),
}));

/** The whole bundle as one zod schema: the header and each collection as an optional array of records. */
export const BundleSchema = BundleHeaderSchema.extend(
  Object.fromEntries(COLLECTIONS.map(({ kind, schema }) => [RECORD_KINDS[kind].collection, schema])),
);

/**
 * The schemas that records share, named once with what they are: the bundle's JSON Schema and the API's OpenAPI
 * document both name them so.
 */
export const NAMED_SCHEMAS: readonly { schema: z.ZodType; id: string; description: string }[] = [
  {
    schema: IdSchema,
    id: 'Id',
    description: "A stable external id, e.g. 'person:mamay'; kept as it is on import.",
  },
  {
    schema: PartialDateSchema,
    id: 'PartialDate',
    description:
      "A date as precise as the source allows: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a season 'YYYY-21'..'YYYY-24', optionally ending in '~' (approximate), '?' (uncertain) or '%' (both), or a range '[A..B]'.",
  },
  { schema: DaySchema, id: 'Day', description: 'A calendar day YYYY-MM-DD.' },
  {
    schema: CitationSchema,
    id: 'Citation',
    description: 'A pointer from a fact to a source, with page and quote.',
  },
  { schema: NameSchema, id: 'Name', description: 'One written form of a name, as a source gave it.' },
  { schema: PeriodSchema, id: 'Period', description: 'A dated span; either end may be partial or omitted.' },
  { schema: DurationSchema, id: 'Duration', description: 'A term in calendar units.' },
  { schema: ArticleRefSchema, id: 'ArticleRef', description: 'The article a charge is brought under.' },
  { schema: ChargeStepSchema, id: 'ChargeStep', description: "One dated step in a charge's life." },
  { schema: MeasureStepSchema, id: 'MeasureStep', description: 'One dated step of a restraint measure.' },
  {
    schema: DisputeSchema,
    id: 'Dispute',
    description:
      "A value of the record that sources give differently: its path in the record ('sentence/0/term') and the other accounts, each with its sources; the recorded value is one account.",
  },
  {
    schema: DisputedValueSchema,
    id: 'DisputedValue',
    description: 'Any JSON value; it must make a valid record when it stands in for the recorded one.',
  },
];

function registry() {
  const reg = z.registry<{ id?: string; title?: string; description?: string }>();
  const header = BundleHeaderSchema.shape;
  reg.add(header.format, { description: `Always "${BUNDLE_FORMAT}".` });
  reg.add(header.formatVersion, {
    description: `The version of the bundle format: ${BUNDLE_FORMAT_VERSION} is written; every one listed is read.`,
  });
  reg.add(header.exportedAt, { description: 'When the bundle was exported (an ISO 8601 instant).' });
  reg.add(header.description, { description: 'Free text: what the bundle holds and where it comes from.' });
  for (const { kind, schema } of COLLECTIONS) reg.add(schema, { description: COLLECTION_DESCRIPTIONS[kind] });
  for (const { schema, id, description } of NAMED_SCHEMAS) reg.add(schema, { id, description });
  for (const kind of RECORD_KIND_ORDER) {
    reg.add(RECORD_KINDS[kind].schema, {
      id: TITLES[kind],
      title: TITLES[kind],
      description: COLLECTION_DESCRIPTIONS[kind],
    });
  }
  return reg;
}

/** The bundle's JSON Schema (draft 2020-12), generated from the zod schemas; committed in docs/schema. */
export function bundleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BundleSchema, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: registry(),
    unrepresentable: 'any',
    override: (ctx) => {
      // Refinements do not translate; patterns give editors the same forms the refinements accept.
      if (ctx.zodSchema === PartialDateSchema) ctx.jsonSchema.pattern = PARTIAL_DATE_PATTERN;
      if (ctx.zodSchema === DaySchema) ctx.jsonSchema.pattern = DAY_PATTERN;
      if (RECORD_SCHEMAS.has(ctx.zodSchema))
        ctx.jsonSchema.properties = { [VERSION_KEY]: VERSION_PROPERTY, ...ctx.jsonSchema.properties };
    },
  });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: 'https://casewatch.org/schema/bundle.schema.json',
    title: 'Casewatch case bundle',
    description:
      'A case bundle: sources, organisations, persons, cases, events, charges, measures, hearings and decisions with stable ids. Imports are all-or-nothing.',
    ...rest,
  };
}

/** The schema as committed to docs/schema/bundle.schema.json: 2-space JSON and a final newline. */
export function renderBundleJsonSchema(): string {
  return JSON.stringify(bundleJsonSchema(), null, 2) + '\n';
}
