import { z } from 'zod';
import { IdSchema, TextSchema } from '../core/common/schemas.ts';
import type { Stored } from '../core/ports.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from '../core/record/record-kinds.ts';
import { RecordVersionSchema } from '../core/record/record-version.ts';
import { MAX_CREATED_TOGETHER } from '../core/record/record.service.ts';
import { HandoverSchema } from '../core/charge/charge-succession.service.ts';
import { MeasureChangeSchema } from '../core/measure/measure-change.service.ts';

/**
 * The API's own shapes around the core's records: a record with its version, a page of them, and the bodies of
 * writes. The records inside are the core's schemas themselves, never retyped; these shapes only wrap them.
 */

/** A record as the API sends it: its version (also its ETag) beside the record as the reader may see it. */
export function storedSchema<K extends RecordKind>(kind: K) {
  return z.object({
    kind: z.literal(kind),
    id: IdSchema,
    version: RecordVersionSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    record: RECORD_KINDS[kind].schema,
  });
}

/** A record as the API sends it. */
export interface WireRecord<K extends RecordKind> {
  kind: K;
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  record: RecordOf<K>;
}

/** The presenter of a stored record: who last changed it is for its history, which the core guards. */
export function presentStored<K extends RecordKind>(stored: Stored<K>): WireRecord<K> {
  return {
    kind: stored.kind,
    id: stored.id,
    version: stored.version,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    record: stored.data,
  };
}

/** A page of records; `next`, an opaque cursor, is there when another page may follow. */
function pageSchema<T extends z.ZodType>(stored: T) {
  return z.object({ items: z.array(stored), next: z.string().optional() });
}

const ReasonSchema = TextSchema.describe('Why the change was made; kept in the record’s history.');

/** The body of a create: the record, and why. */
export function createBodySchema<K extends RecordKind>(kind: K) {
  return z.object({ record: RECORD_KINDS[kind].schema, reason: ReasonSchema.optional() });
}

/** The body of a replacement: the whole record, the version it was read at (unless If-Match says), and why. */
export function updateBodySchema<K extends RecordKind>(kind: K) {
  return z.object({
    record: RECORD_KINDS[kind].schema,
    version: RecordVersionSchema.optional(),
    reason: ReasonSchema.optional(),
  });
}

/** The body of a merge patch (RFC 7396) of a record: the fields to change, null to remove one. */
export const PatchBodySchema = z.object({
  record: z.record(z.string(), z.unknown()),
  version: RecordVersionSchema.optional(),
  reason: ReasonSchema.optional(),
});

function kindWire(kind: RecordKind) {
  const stored = storedSchema(kind);
  return { stored, page: pageSchema(stored), create: createBodySchema(kind), update: updateBodySchema(kind) };
}

/** The wire shapes of each kind, made once so the OpenAPI document can name and refer to each. */
export const KIND_WIRE = Object.fromEntries(
  (Object.keys(RECORD_KINDS) as RecordKind[]).map((kind) => [kind, kindWire(kind)]),
) as Record<RecordKind, ReturnType<typeof kindWire>>;

/** The envelope of any write as it arrives, before the core checks the record itself. */
export const WriteEnvelopeSchema = z.object({
  record: z.unknown(),
  version: RecordVersionSchema.optional(),
  reason: ReasonSchema.optional(),
});

/** The body of a write of several new records of one kind, all or none: the records, and why. */
export const ChargesCreateBodySchema = z.object({
  records: z.array(RECORD_KINDS.charge.schema).min(1).max(MAX_CREATED_TOGETHER),
  reason: ReasonSchema.optional(),
});

/** The envelope of such a write as it arrives, before the core checks each record. */
export const ManyEnvelopeSchema = z.object({
  records: z.unknown(),
  reason: ReasonSchema.optional(),
});

/** The charges created together, with their versions, in the order given. */
export const ChargesCreatedSchema = z.object({ charges: z.array(KIND_WIRE.charge.stored) });

/** The body of a succession: the charge after, what the step handing the earlier ones over says, and why. */
export const SuccessionBodySchema = z.object({
  record: RECORD_KINDS.charge.schema,
  handover: HandoverSchema.optional(),
  reason: ReasonSchema.optional(),
});

/** The envelope of a succession as it arrives, before the core checks the charge itself. */
export const SuccessionEnvelopeSchema = z.object({
  record: z.unknown(),
  handover: HandoverSchema.optional(),
  reason: ReasonSchema.optional(),
});

/** What a succession wrote: the new charge, and each earlier charge with the step handing it over. */
export const SuccessionSchema = z.object({
  charge: KIND_WIRE.charge.stored,
  predecessors: z.array(KIND_WIRE.charge.stored),
});

/** The body of a change of measure: the new measure, which measure it replaces, and why. */
export const MeasureChangeBodySchema = z.object({
  record: RECORD_KINDS.measure.schema,
  change: MeasureChangeSchema,
  reason: ReasonSchema.optional(),
});

/** The envelope of a change of measure as it arrives, before the core checks the measure itself. */
export const MeasureChangeEnvelopeSchema = z.object({
  record: z.unknown(),
  change: MeasureChangeSchema,
  reason: ReasonSchema.optional(),
});

/** What a change of measure wrote: the new measure, and the one it replaces with its "changed" step. */
export const ChangedMeasureSchema = z.object({
  measure: KIND_WIRE.measure.stored,
  predecessor: KIND_WIRE.measure.stored,
});

/** The body of a restore: the version to bring back. */
export const RestoreBodySchema = z.object({ version: RecordVersionSchema });

/** Where a problem was found, as the core's errors say it. */
export const IssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  record: z.string().optional(),
  recordKind: z.string().optional(),
  path: z.string().optional(),
  row: z.number().optional(),
  field: z.string().optional(),
  page: z.number().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
});

/** Every error the API answers: a stable code, a message, and the places. */
export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(IssueSchema).optional(),
    total: z.number().optional(),
    /** On a stale edit (409 record.conflict): the record as it is now, with its version. */
    current: z.unknown().optional(),
  }),
});

/** Who an actor id is, for a reader who may be shown it: a staff member's name never reaches the public. */
export const ActorNameSchema = z
  .string()
  .optional()
  .describe(
    "Who acted, by name: an account's display name, the command line's user, Casewatch for the system. " +
      'Given only to readers who may be shown it (never a staff name to the public); show the id otherwise.',
  );

/** One revision of a record as its history shows it to the reader. */
export const HistoryEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string().describe('The id of who acted (user:ID, cli:NAME, system).'),
  actorName: ActorNameSchema,
  action: z.enum(['create', 'update', 'delete']),
  version: RecordVersionSchema,
  reason: z.string().optional(),
  changedFields: z.array(z.string()),
  before: z.unknown(),
  after: z.unknown(),
});

/** A record's history, oldest first. */
export const HistorySchema = z.object({ entries: z.array(HistoryEntrySchema) });

const OutcomesSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
const perKind = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(Object.keys(RECORD_KINDS).map((k) => [k, schema])) as Record<RecordKind, T>);

/** What an import did or, in a dry run, would do. */
export const ImportReportSchema = OutcomesSchema.extend({
  dryRun: z.boolean(),
  mode: z.enum(['merge', 'create']),
  counts: perKind(z.number()),
  total: z.number(),
  outcomes: perKind(OutcomesSchema),
  warnings: z.array(IssueSchema),
});

/** A line of the list of cases. */
export const CaseSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  jurisdiction: z.string(),
  defendants: z.array(z.object({ id: IdSchema, name: z.string() })),
  visibility: z.enum(['public', 'internal', 'restricted']),
});

/** A page of cases. */
export const CasePageSchema = z.object({ cases: z.array(CaseSummarySchema), next: z.string().optional() });
