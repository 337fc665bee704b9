import { z } from 'zod';
import {
  AllegationTypeSchema,
  PassageSchema,
  SpeechAssessmentSchema,
} from '../core/allegation/allegation.ts';
import { EvidenceSideSchema, EvidenceStanceSchema, EvidenceTypeSchema } from '../core/evidence/evidence.ts';
import { ArticleRefSchema } from '../core/law/law.ts';
import { ElementKindSchema } from '../core/law/law-elements.ts';
import { GAP_KINDS } from '../core/matrix/matrix.ts';
import { RECORD_KIND_ORDER } from '../core/record/record-kinds.ts';
import { PartialDateSchema } from '../core/dates/partial-date.ts';

const TitlesSchema = z
  .object({ en: z.string() })
  .catchall(z.string())
  .describe('A title per language code (en, ru, kk…), English always.');

const MatrixEvidenceSchema = z.object({
  evidence: z.string(),
  title: z.string(),
  type: EvidenceTypeSchema,
  side: EvidenceSideSchema,
  commissionedBy: EvidenceSideSchema.optional(),
  stance: EvidenceStanceSchema,
  elements: z.array(z.string()).describe("The allegation's elements this link bears on."),
  isProsecutionExpert: z.boolean().describe('An expert opinion the prosecution commissioned.'),
  reliability: z.string().optional(),
  note: z.string().optional(),
});

const MatrixAllegationSchema = z.object({
  allegation: z.string(),
  type: AllegationTypeSchema,
  summary: z.string(),
  document: z.string(),
  documentPageCount: z
    .number()
    .int()
    .positive()
    .optional()
    .describe("The document's pages, where recorded and the reader may see it"),
  passage: PassageSchema.optional(),
  conductOn: PartialDateSchema.optional().describe(
    'When the conduct alleged took place, as the document says.',
  ),
  elements: z.array(z.string()),
  speechAssessment: SpeechAssessmentSchema.optional(),
  note: z
    .string()
    .optional()
    .describe("What the record notes of the claim: a source's answer to it, where the reader may see it."),
  evidence: z.array(MatrixEvidenceSchema),
});

const MatrixElementSchema = z.object({
  key: z.string(),
  kind: ElementKindSchema,
  titles: TitlesSchema,
  alternatives: z.array(TitlesSchema).optional(),
  status: z.enum(['uncovered', 'unsupported', 'commissioned_only', 'protected_speech', 'supported']),
  allegations: z.array(z.string()),
  supportedBy: z.array(z.string()),
  contradictedBy: z.array(z.string()),
});

const MatrixChargeSchema = z.object({
  charge: z.string(),
  article: ArticleRefSchema,
  articleText: z.string(),
  label: z.string().optional(),
  state: z.string(),
  isLive: z.boolean(),
  isFateUnknown: z
    .boolean()
    .describe(
      'Live as far as the record says, but it replaced a charge later brought again: its fate is not recorded.',
    ),
  onDate: z.string().describe('The day the elements were read for: the act date, or the first step.'),
  broughtOn: PartialDateSchema.optional().describe(
    'When it was first brought, as recorded: how charges under one article are told apart.',
  ),
  hasElementData: z.boolean().describe('False when the law data holds no elements for the article.'),
  elements: z.array(MatrixElementSchema),
  allegations: z.array(MatrixAllegationSchema),
});

const MatrixGapSchema = z.object({
  kind: z.enum(GAP_KINDS),
  charge: z.string().optional(),
  element: z.string().optional(),
  allegation: z.string().optional(),
  evidence: z.array(z.string()).optional(),
  message: z.string(),
});

/** The indictment matrix as the API sends it: the core's shape, documented. */
export const IndictmentMatrixSchema = z.object({
  case: z.string(),
  jurisdiction: z.string(),
  charges: z.array(MatrixChargeSchema),
  unattached: z.array(MatrixAllegationSchema),
  unlinked: z
    .array(
      z.object({
        evidence: z.string(),
        title: z.string(),
        type: EvidenceTypeSchema,
        side: EvidenceSideSchema,
        commissionedBy: EvidenceSideSchema.optional(),
        isProsecutionExpert: z.boolean(),
        description: z.string().optional(),
      }),
    )
    .describe("The case's evidence linked to no allegation the reader may see."),
  gaps: z.array(MatrixGapSchema),
  isCertain: z.boolean(),
  withheld: z
    .object({
      records: z.array(
        z.object({ kind: z.enum(RECORD_KIND_ORDER as [string, ...string[]]), count: z.number() }),
      ),
      note: z.string(),
    })
    .optional(),
});

/** The elements of a charge's offence, titled in one language. */
export const ChargeElementsSchema = z.object({
  charge: z.string(),
  jurisdiction: z.string(),
  code: z.string(),
  article: z.string(),
  part: z.string().optional(),
  isHeld: z.boolean().describe('False when the law data holds no elements for the article.'),
  elements: z.array(
    z.object({
      key: z.string(),
      kind: z.string(),
      title: z.string(),
      alternatives: z.array(z.string()).optional(),
    }),
  ),
});

/** The matrix shapes as the OpenAPI document names them. */
export const MATRIX_SCHEMAS = [
  {
    id: 'IndictmentMatrix',
    schema: IndictmentMatrixSchema,
    description: "Per charge, its offence's elements × the allegations × the evidence, and the gaps.",
  },
  { id: 'ChargeElements', schema: ChargeElementsSchema, description: "The elements of a charge's offence." },
] as const;
