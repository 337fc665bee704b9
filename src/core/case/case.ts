import { z } from 'zod';
import { PartialDateSchema } from '../dates/partial-date.ts';
import {
  IdSchema,
  LineSchema,
  MAX_SHORT,
  PeriodSchema,
  SourcesSchema,
  ShortTextSchema,
  TextSchema,
} from '../common/schemas.ts';
import { DisputesSchema } from '../common/disputes.ts';
import { FieldVisibilitySchema, ReadersSchema, VisibilitySchema } from '../common/visibility.ts';
import { accessRules } from '../access/access-fields.ts';
import { ReleaseSchema } from './release.ts';
import { ConfirmedSchema } from './confirmed.ts';

/** The roles a person plays in a case. */
export const ParticipantRoleSchema = z.enum([
  'defendant',
  'suspect',
  'lawyer',
  'judge',
  'prosecutor',
  'investigator',
  'expert',
  'witness',
  'victim',
  'monitor',
  'other',
]);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** A person's part in a case, over a period. */
export const ParticipantSchema = z
  .object({
    person: IdSchema,
    role: ParticipantRoleSchema,
    period: PeriodSchema.optional(),
    note: TextSchema.optional(),
    /** When what the case says of this person was last confirmed, if not when the case's was. */
    confirmed: ConfirmedSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** An authority acting in a case: who investigates, prosecutes and judges it. */
export const CaseAuthoritySchema = z
  .object({
    organisation: IdSchema,
    role: z.enum([
      'investigating',
      'prosecuting',
      'court_first_instance',
      'court_appeal',
      'court_cassation',
      'other',
    ]),
    period: PeriodSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/** An official case number and who gave it. */
export const CaseNumberSchema = z
  .object({
    value: LineSchema,
    authority: IdSchema.optional(),
    assignedOn: PartialDateSchema.optional(),
    sources: SourcesSchema,
  })
  .strict();

/**
 * A warning of the case's facts the researcher has read and noted as it stands (the source leaves a charge's fate
 * open, say): by its code and the record it concerns, with why. The facts still give the warning, marked noted, so
 * that it is shown apart from those still to look at, not hidden.
 */
export const AcknowledgedWarningSchema = z
  .object({
    code: ShortTextSchema,
    record: IdSchema,
    note: TextSchema,
    sources: SourcesSchema,
  })
  .strict();
export type AcknowledgedWarning = z.infer<typeof AcknowledgedWarningSchema>;

/** A prosecution: the frame that charges, measures, hearings and decisions hang on. */
export const CaseSchema = z
  .object({
    id: IdSchema,
    jurisdiction: z.string().min(2).max(MAX_SHORT),
    title: LineSchema,
    summary: TextSchema.optional(),
    numbers: z.array(CaseNumberSchema).max(100).default([]),
    openedOn: PartialDateSchema.optional(),
    authorities: z.array(CaseAuthoritySchema).max(100).default([]),
    groups: z.array(ShortTextSchema).max(100).default([]),
    themes: z.array(ShortTextSchema).max(100).default([]),
    // A mass trial may have hundreds of defendants, each with lawyers.
    participants: z.array(ParticipantSchema).max(5_000).default([]),
    events: z.array(IdSchema).max(5_000).default([]),
    releases: z.array(ReleaseSchema).max(5_000).optional(),
    /** When the case's information was last confirmed: its facts' horizon. */
    confirmed: ConfirmedSchema.optional(),
    /** The warnings of its facts noted as they stand. */
    acknowledged: z.array(AcknowledgedWarningSchema).max(1_000).optional(),
    visibility: VisibilitySchema,
    readers: ReadersSchema.optional(),
    fieldVisibility: FieldVisibilitySchema.optional(),
    sources: SourcesSchema,
    disputes: DisputesSchema,
  })
  .strict()
  .superRefine(accessRules('case'));
export type Case = z.infer<typeof CaseSchema>;
