import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import { EventSchema } from '../../../src/core/event/event.ts';
import { SCHEMA_MESSAGES } from '../../../src/core/common/schema-messages.ts';
import en from '../locales/en.json' with { type: 'json' };
import kk from '../locales/kk.json' with { type: 'json' };
import ru from '../locales/ru.json' with { type: 'json' };
import { localSchemaMessage } from './schema-messages.ts';

const CATALOGUES = { en, ru, kk } as Record<string, Record<string, string>>;

test('every message of the record schemas is said in each interface language', () => {
  for (const [language, messages] of Object.entries(CATALOGUES))
    for (const key of Object.keys(SCHEMA_MESSAGES))
      assert.ok(messages[`schema.${key}`] !== undefined, `${language} lacks schema.${key}`);
});

test("a schema's message is said in the reader's language, found by its words; any other as it is", () => {
  const parsed = EventSchema.safeParse({
    id: 'event:protests',
    kind: 'protest',
    title: 'January 2022 protests',
    start: '2022-01',
    place: {},
    visibility: 'internal',
    sources: [],
  });
  assert.equal(parsed.success, false);
  const issue = parsed.error?.issues.find((i) => i.path.join('.') === 'place.name');
  assert.ok(issue !== undefined, JSON.stringify(parsed.error?.issues));
  const russian = createIntl({ locale: 'ru', messages: ru });
  const kazakh = createIntl({ locale: 'kk', messages: kk });
  assert.equal(localSchemaMessage(russian, issue.message), 'Для места нужно название, регион или страна.');
  assert.equal(localSchemaMessage(kazakh, issue.message), 'Орынға атау, өңір немесе ел керек.');
  // Words no schema gives (a server's own message) are left as they are.
  assert.equal(localSchemaMessage(russian, 'the store is unavailable'), 'the store is unavailable');
});
