import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventSchema } from './event.ts';

const EVENT = {
  id: 'event:test',
  kind: 'protest',
  title: 'January events',
  start: '2022-01',
  visibility: 'public',
};

test('an event is placed by a name, a region or a country alone, and an empty place names its field', () => {
  for (const place of [{ country: 'kz' }, { region: 'Almaty' }, { name: 'Republic Square' }])
    assert.deepEqual(EventSchema.parse({ ...EVENT, place }).place, place);
  const empty = EventSchema.safeParse({ ...EVENT, place: {} });
  assert.equal(empty.success, false);
  assert.deepEqual(
    empty.error?.issues.map((i) => [i.path.join('.'), i.message]),
    [['place.name', 'A place needs a name, a region or a country']],
  );
  assert.equal(EventSchema.safeParse({ ...EVENT, place: { country: 'Kazakhstan' } }).success, false);
});
