import { z } from 'zod';
import { IdSchema, LineSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

/** What an item of evidence is. */
export const EvidenceTypeSchema = z.enum([
  'witness_statement',
  'expert_opinion',
  'video',
  'audio',
  'photo',
  'post',
  'document',
  'physical_object',
  'interrogation',
  'other',
]);
export type EvidenceType = z.infer<typeof EvidenceTypeSchema>;

/** Who put it forward, or who had it made: the prosecution (and investigators), the defence, the court, or others. */
export const EvidenceSideSchema = z.enum(['prosecution', 'defence', 'court', 'independent', 'unknown']);
export type EvidenceSide = z.infer<typeof EvidenceSideSchema>;

/** How an item bears on one allegation. */
export const EvidenceStanceSchema = z.enum(['supports', 'contradicts', 'does_not_address']);
export type EvidenceStance = z.infer<typeof EvidenceStanceSchema>;

/**
 * A link from an item of evidence to an allegation, with its stance and why; `elements` narrows it to the
 * elements of the allegation the item bears on (an expert's view of intent says nothing of violence), all of
 * the allegation's elements when absent.
 */
export const EvidenceLinkSchema = z
  .object({
    allegation: IdSchema,
    stance: EvidenceStanceSchema,
    elements: z.array(z.string().min(1).max(100)).max(50).optional(),
    note: TextSchema.optional(),
  })
  .strict();
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/**
 * How far the item can be relied on, in the researcher's judgement: the rating and the reasons (who made it,
 * independence, chain of custody, verification of a capture).
 */
export const ReliabilitySchema = z
  .object({
    rating: z.enum(['high', 'medium', 'low', 'unassessed']),
    reason: TextSchema.optional(),
  })
  .strict();

/**
 * An item of evidence, the prosecution's or the defence's: a witness statement, an expert opinion (who
 * commissioned it), a video, a post, a document; where it is (a source or stored file, a page), and the
 * allegations it supports, contradicts or does not address.
 */
export const EvidenceSchema = z
  .object({
    id: IdSchema,
    case: IdSchema,
    type: EvidenceTypeSchema,
    side: EvidenceSideSchema,
    title: LineSchema,
    description: TextSchema.optional(),
    /** The witness, the expert or the author (a person), when known and not withheld. */
    author: IdSchema.optional(),
    /** For an expert opinion: which side commissioned it, and the commissioning body (an organisation) if known. */
    commissionedBy: EvidenceSideSchema.optional(),
    commissioner: IdSchema.optional(),
    /** The source or stored document the item is, or is found in, and its page. */
    document: IdSchema.optional(),
    page: z.number().int().positive().max(100_000).optional(),
    reliability: ReliabilitySchema.optional(),
    links: z.array(EvidenceLinkSchema).max(500).default([]),
    note: TextSchema.optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('evidence'))
  .superRefine((e, ctx) => {
    const seen = new Set<string>();
    e.links.forEach((l, i) => {
      if (seen.has(l.allegation))
        ctx.addIssue({
          code: 'custom',
          path: ['links', i, 'allegation'],
          message: SCHEMA_MESSAGES.allegationLinkedTwice,
        });
      seen.add(l.allegation);
    });
    if (e.page !== undefined && e.document === undefined)
      ctx.addIssue({ code: 'custom', path: ['page'], message: SCHEMA_MESSAGES.pageNeedsDocument });
  });
export type Evidence = z.infer<typeof EvidenceSchema>;
