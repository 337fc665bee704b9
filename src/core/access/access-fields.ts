import type { z } from 'zod';
import type { FieldVisibility, Visibility } from '../common/visibility.ts';
import { FIELD_POLICY, type PolicyKind } from './field-policy.ts';
import { SCHEMA_MESSAGES } from '../common/schema-messages.ts';

interface AccessFields {
  visibility: Visibility;
  readers?: string[] | undefined;
  fieldVisibility?: FieldVisibility | undefined;
}

/**
 * The schema rules of a record's confidentiality: readers open only a restricted record; a field may have its
 * own visibility only where its kind's field policy allows, and never more open than the record.
 */
export function accessRules(kind: PolicyKind) {
  const policy: Readonly<Record<string, unknown>> = FIELD_POLICY[kind];
  return (record: AccessFields, ctx: z.RefinementCtx): void => {
    if (record.readers !== undefined && record.readers.length > 0 && record.visibility !== 'restricted')
      ctx.addIssue({
        code: 'custom',
        path: ['readers'],
        message: SCHEMA_MESSAGES.readersNeedRestricted,
      });
    for (const field of Object.keys(record.fieldVisibility ?? {})) {
      if (!Object.hasOwn(policy, field))
        ctx.addIssue({
          code: 'custom',
          path: ['fieldVisibility', field],
          message: `a ${kind}'s ${field} cannot have a visibility of its own; fields that can: ${Object.keys(policy).join(', ') || 'none'}`,
        });
    }
  };
}
