import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import { z } from 'zod';
import { LineSchema, MAX_LINE } from '../../../../../src/core/common/schemas.ts';
import { EventSchema } from '../../../../../src/core/event/event.ts';
import en from '../../../locales/en.json' with { type: 'json' };
import ru from '../../../locales/ru.json' with { type: 'json' };
import { zodIssueText } from './zod-messages.ts';

const english = createIntl({ locale: 'en', messages: en });
const russian = createIntl({ locale: 'ru', messages: ru });

/** The messages a schema gives a value, with zod's own issues said as the form says them. */
const messages = (schema: z.ZodType, value: unknown, intl = english) => {
  const parsed = schema.safeParse(value, { error: (issue) => zodIssueText(intl, issue) });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

test("what zod says on its own of a value is said in the reader's words, with the bound it names", () => {
  assert.deepEqual(messages(LineSchema, 'x'.repeat(MAX_LINE + 1)), ['At most 1,000 characters.']);
  assert.deepEqual(messages(LineSchema, 'x'.repeat(MAX_LINE + 1), russian), [
    // Russian groups thousands with a no-break space.
    'Не более 1\u00a0000 символов.',
  ]);
  assert.deepEqual(messages(z.string().min(3), 'ab'), ['At least 3 characters.']);
  assert.deepEqual(messages(z.number().int(), 1.5), ['A whole number.']);
  assert.deepEqual(messages(z.number().max(10), 11), ['At most 10.']);
  assert.deepEqual(messages(z.array(z.string()).max(2), ['a', 'b', 'c']), ['At most 2 items.']);
  assert.deepEqual(messages(z.enum(['a', 'b']), 'c'), ['Not one of the values offered.']);
  // A message a schema words itself is kept: a country's code says how to give one.
  const event = {
    id: 'event:x',
    kind: 'protest',
    title: 'Protests',
    start: '2022-01',
    place: { country: 'Kazakhstan' },
    visibility: 'internal',
    sources: [],
  };
  assert.deepEqual(messages(EventSchema, event), ["a country's two-letter code (ISO 3166), such as kz"]);
});
