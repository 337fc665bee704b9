import type { IntlShape } from 'react-intl';
import { schemaMessageKey } from '../../../src/core/common/schema-messages.ts';

/**
 * A message of the core's record schemas (the form's own check, or the API's answer) in the reader's language, found
 * by its words; any other message as it is.
 */
export function localSchemaMessage(intl: IntlShape, message: string): string {
  const key = schemaMessageKey(message);
  return key === undefined ? message : intl.formatMessage({ id: `schema.${key}` });
}
