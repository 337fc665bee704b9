import { z } from 'zod';
import { ChargeStepSchema } from '../core/charge/charge.ts';
import { DisputeSchema, DisputedValueSchema } from '../core/common/disputes.ts';
import { NameSchema } from '../core/common/names.ts';
import { CitationSchema, IdSchema, PeriodSchema } from '../core/common/schemas.ts';
import { DaySchema } from '../core/dates/day.ts';
import { DurationSchema } from '../core/dates/duration.ts';
import { PartialDateSchema } from '../core/dates/partial-date.ts';
import { ArticleRefSchema } from '../core/law/law.ts';
import { MeasureStepSchema } from '../core/measure/measure.ts';
import { RECORD_KINDS, RECORD_KIND_ORDER, type RecordKind } from '../core/record/record-kinds.ts';
import {
  COLLECTION_DESCRIPTIONS,
  DAY_PATTERN,
  PARTIAL_DATE_PATTERN,
  TITLES,
} from '../exchange/bundle-schema.ts';
import {
  CasePageSchema,
  CaseSummarySchema,
  ErrorSchema,
  HistoryEntrySchema,
  HistorySchema,
  ImportReportSchema,
  IssueSchema,
  KIND_WIRE,
  PatchBodySchema,
  RestoreBodySchema,
} from './wire.ts';

/** A JSON Schema object as the OpenAPI document holds it. */
export type JsonSchemaObject = Record<string, unknown>;

/** The name of a kind's schemas in the document: Person, StoredPerson, PersonPage, PersonCreate, PersonUpdate. */
export const schemaName = {
  record: (kind: RecordKind) => TITLES[kind],
  stored: (kind: RecordKind) => `Stored${TITLES[kind]}`,
  page: (kind: RecordKind) => `${TITLES[kind]}Page`,
  create: (kind: RecordKind) => `${TITLES[kind]}Create`,
  update: (kind: RecordKind) => `${TITLES[kind]}Update`,
};

/** A reference to a named schema of the document. */
export function ref(name: string): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

function registry() {
  const reg = z.registry<{ id: string; description?: string }>();
  reg.add(IdSchema, { id: 'Id', description: "A stable external id, e.g. 'person:mamay'." });
  reg.add(PartialDateSchema, {
    id: 'PartialDate',
    description:
      "A date as precise as the source allows: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a season 'YYYY-21'..'YYYY-24', optionally ending in '~' (approximate), '?' (uncertain) or '%' (both), or a range '[A..B]'.",
  });
  reg.add(DaySchema, { id: 'Day', description: 'A calendar day YYYY-MM-DD.' });
  reg.add(CitationSchema, { id: 'Citation', description: 'A pointer from a fact to a source.' });
  reg.add(NameSchema, { id: 'Name', description: 'One written form of a name, as a source gave it.' });
  reg.add(PeriodSchema, { id: 'Period', description: 'A dated span; either end may be partial or omitted.' });
  reg.add(DurationSchema, { id: 'Duration', description: 'A term in calendar units.' });
  reg.add(ArticleRefSchema, { id: 'ArticleRef', description: 'The article a charge is brought under.' });
  reg.add(ChargeStepSchema, { id: 'ChargeStep', description: "One dated step in a charge's life." });
  reg.add(MeasureStepSchema, { id: 'MeasureStep', description: 'One dated step of a restraint measure.' });
  reg.add(DisputeSchema, {
    id: 'Dispute',
    description: 'A value of the record that sources give differently.',
  });
  reg.add(DisputedValueSchema, { id: 'DisputedValue', description: 'Any JSON value.' });
  for (const kind of RECORD_KIND_ORDER) {
    reg.add(RECORD_KINDS[kind].schema, {
      id: schemaName.record(kind),
      description: COLLECTION_DESCRIPTIONS[kind],
    });
    const wire = KIND_WIRE[kind];
    reg.add(wire.stored, {
      id: schemaName.stored(kind),
      description: `A ${kind} with its version (also sent as its ETag), as the reader may see it.`,
    });
    // Cases are listed as summaries (CaseList), not as records.
    if (kind !== 'case')
      reg.add(wire.page, {
        id: schemaName.page(kind),
        description: `A page of ${RECORD_KINDS[kind].collection}; pass \`next\` as \`cursor\` for the next one.`,
      });
    reg.add(wire.create, { id: schemaName.create(kind), description: `A new ${kind}, and why.` });
    reg.add(wire.update, {
      id: schemaName.update(kind),
      description: `The whole ${kind} as it should be, the version it was read at unless If-Match gives it, and why.`,
    });
  }
  reg.add(PatchBodySchema, {
    id: 'RecordPatch',
    description:
      'A JSON merge patch (RFC 7396) of the record as the writer sees it: the fields to change, null to remove one.',
  });
  reg.add(RestoreBodySchema, { id: 'Restore', description: 'The version of the record to bring back.' });
  reg.add(IssueSchema, { id: 'Issue', description: 'One problem, with its place.' });
  reg.add(ErrorSchema, { id: 'Error', description: 'An error: a stable code, a message, and the places.' });
  reg.add(HistoryEntrySchema, { id: 'HistoryEntry', description: 'One revision: who, when, what changed.' });
  reg.add(HistorySchema, { id: 'History', description: "A record's revisions, oldest first." });
  reg.add(ImportReportSchema, { id: 'ImportReport', description: 'What an import did, or would do.' });
  reg.add(CaseSummarySchema, { id: 'CaseSummary', description: 'A line in a list of cases.' });
  reg.add(CasePageSchema, {
    id: 'CaseList',
    description: 'A page of cases; pass `next` as `cursor` for the next one.',
  });
  return reg;
}

/**
 * Every named schema of the OpenAPI document, generated by zod from the core's schemas and the API's wrappers
 * (JSON Schema 2020-12, as OpenAPI 3.1 uses): input shapes, so a field a reader may not see can be absent.
 */
export function componentSchemas(): Record<string, JsonSchemaObject> {
  const { schemas } = z.toJSONSchema(registry(), {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
    override: (ctx) => {
      // Refinements do not translate; patterns give clients the same forms the refinements accept.
      if (ctx.zodSchema === PartialDateSchema) ctx.jsonSchema.pattern = PARTIAL_DATE_PATTERN;
      if (ctx.zodSchema === DaySchema) ctx.jsonSchema.pattern = DAY_PATTERN;
    },
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonSchemaObject;
      return [name, rest];
    }),
  );
}
