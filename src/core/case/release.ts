import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { IdSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';

/** Why a person deprived of liberty was let go: each reason explains a release before a term's end differently. */
export const ReleaseReasonSchema = z.enum([
  'end_of_term',
  'conditional_early_release',
  'pardon',
  'amnesty',
  'acquittal',
  'measure_lifted',
  'exchange',
  'deportation',
  'other',
]);
export type ReleaseReason = z.infer<typeof ReleaseReasonSchema>;

/**
 * A person's release from custody, house arrest or prison: a dated fact with its reason and sources. Without
 * one, the facts never say a person was released unless a term has certainly ended.
 */
export const ReleaseSchema = z
  .object({
    person: IdSchema,
    date: PartialDateSchema,
    reason: ReleaseReasonSchema,
    /** The decision the release follows (a ruling on early release, an acquittal, a pardon decree's ruling). */
    decision: IdSchema.optional(),
    note: TextSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();
export type Release = z.infer<typeof ReleaseSchema>;
