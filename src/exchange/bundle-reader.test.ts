import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { isDomainError, type DomainError } from '../core/errors.ts';
import { readBundle, type BundleItem } from './bundle-reader.ts';

const BUNDLE = {
  format: 'casewatch-bundle',
  formatVersion: 1,
  description: 'Дело Мамая — «массовые беспорядки» \\ "quoted" {not a brace}',
  persons: [
    {
      id: 'person:mamay',
      names: [{ value: 'Жанболат Мамай', script: 'Cyrl', language: 'ru', kind: 'native' }],
    },
    {
      id: 'person:b',
      names: [{ value: 'Қазақ тілі 😀 [x]', script: 'Cyrl', language: 'kk', kind: 'native' }],
    },
  ],
  sources: [{ id: 'source:a', kind: 'document', title: 'Обвинительный акт, стр. 59' }],
  charges: [],
};

async function collect(input: AsyncIterable<string | Uint8Array>, file = 'test.json') {
  const items: BundleItem[] = [];
  const it = readBundle(input, file);
  for (;;) {
    const next = await it.next();
    if (next.done) return { items, header: next.value };
    items.push(next.value);
  }
}

function chunked(text: string, size: number): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function failure(input: string | AsyncIterable<string>): Promise<DomainError> {
  try {
    await collect(typeof input === 'string' ? chunked(input, 5) : input);
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  assert.fail('expected the bundle to be rejected');
}

const expected = [
  ...BUNDLE.persons.map((record, index) => ({ kind: 'person', collection: 'persons', index, record })),
  { kind: 'source', collection: 'sources', index: 0, record: BUNDLE.sources[0] },
];

describe('readBundle', () => {
  for (const size of [1, 7, 65536]) {
    test(`reads the same records from ${size}-byte chunks, multi-byte characters split across them`, async () => {
      for (const text of [JSON.stringify(BUNDLE), JSON.stringify(BUNDLE, null, 2)]) {
        const { items, header } = await collect(chunked(text, size));
        assert.deepEqual(items, expected);
        assert.deepEqual(header, {
          format: 'casewatch-bundle',
          formatVersion: 1,
          description: BUNDLE.description,
        });
      }
    });
  }

  test('cuts records whose strings hold escapes, wherever a chunk ends (string ends are found with indexOf)', async () => {
    const tricky = ['a\\', '\\"}]', 'x\\\\"{', '\\', '"', 'Қ\\"\\u0041'];
    const bundle = {
      format: 'casewatch-bundle',
      formatVersion: 1,
      sources: tricky.map((title, i) => ({ id: `source:${i}`, kind: 'document', title })),
    };
    const text = JSON.stringify(bundle);
    for (let size = 1; size <= 13; size++) {
      const parts: string[] = [];
      for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
      const { items } = await collect(Readable.from(parts));
      assert.deepEqual(
        items.map((item) => item.record),
        bundle.sources,
      );
    }
  });

  test('reads strings as well as bytes, and a byte order mark', async () => {
    const { items } = await collect(
      Readable.from(['\ufeff', JSON.stringify(BUNDLE).slice(0, 50), JSON.stringify(BUNDLE).slice(50)]),
    );
    assert.deepEqual(items, expected);
  });

  test('names the line and column of a syntax error inside a record', async () => {
    const text = JSON.stringify(BUNDLE, null, 2).replace('"id": "person:b",', '"id": "person:b"');
    const line = text.split('\n').findIndex((l) => l.includes('"person:b"')) + 2;
    const error = await failure(text);
    assert.equal(error.code, 'import.invalid_json');
    assert.equal(error.issues[0]?.file, 'test.json');
    assert.equal(error.issues[0]?.line, line);
    assert.equal(error.issues[0]?.column, 7);
    assert.match(error.message, new RegExp(`test.json line ${line}:7: expected ',' or '}' in an object`));
  });

  test('a broken record nested thousands of levels deep is a clear error, not a stack overflow', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(19_999);
    const error = await failure(
      `{"format": "casewatch-bundle", "formatVersion": 1,\n"persons": [{"id": "person:a", "note": ${deep}}]}`,
    );
    assert.equal(error.code, 'import.invalid_json');
    assert.equal(error.issues[0]?.line, 2);
    assert.match(error.message, /nested more than 1000 levels deep/);
    const missingValue = await failure('{"format": "casewatch-bundle", "persons": [{"id": }]}');
    assert.match(missingValue.message, /unexpected "}"/);
  });

  test('a record too large to hold is named where it starts, before the runtime gives up', async () => {
    function* huge(): Generator<string> {
      yield '{"format": "casewatch-bundle", "formatVersion": 1,\n"persons": [{"id": "person:a"},\n  {"id": "person:b", "note": "';
      const mebi = 'x'.repeat(2 ** 20);
      for (let i = 0; i <= 64; i++) yield mebi;
      yield '"}]}';
    }
    const error = await failure(Readable.from(huge(), { objectMode: true }) as AsyncIterable<string>);
    assert.equal(error.code, 'import.invalid_json');
    assert.equal(error.issues[0]?.line, 3);
    assert.equal(error.issues[0]?.column, 3);
    assert.match(error.message, /record 1 of "persons" is over 64 Mi characters/);
  });

  test('names the line of a missing comma between records and of a truncated file', async () => {
    const missing = await failure(
      '{\n"format": "casewatch-bundle",\n"persons": [\n{"id": "a"}\n{"id": "b"}\n]}',
    );
    assert.equal(missing.issues[0]?.line, 5);
    assert.match(missing.message, /expected ',' or ']' after record 0 of "persons"/);
    const truncated = await failure('{"format": "casewatch-bundle", "persons": [{"id": "a"}');
    assert.match(truncated.message, /unexpected end of the file/);
    const trailing = await failure('{"format": "casewatch-bundle", "persons": [{"id": "a"},]}');
    assert.match(trailing.message, /expected a record in "persons"/);
  });

  test('rejects an unknown top-level key, naming it', async () => {
    const error = await failure('{"format": "casewatch-bundle", "formatVersion": 1,\n  "people": []}');
    assert.equal(error.issues[0]?.path, '$.people');
    assert.equal(error.issues[0]?.line, 2);
    assert.match(error.message, /unknown top-level key "people"/);
  });

  test('reads format versions 1, 2 and 3, records with their "$version" as they are', async () => {
    const versioned = { ...BUNDLE, formatVersion: 2, sources: [{ $version: 3, ...BUNDLE.sources[0] }] };
    const { items, header } = await collect(chunked(JSON.stringify(versioned), 7));
    assert.equal(header.formatVersion, 2);
    assert.deepEqual(items.at(-1)?.record, versioned.sources[0]);
    assert.equal((await collect(chunked(JSON.stringify(BUNDLE), 7))).header.formatVersion, 1);
    const third = { ...versioned, formatVersion: 3 };
    assert.equal((await collect(chunked(JSON.stringify(third), 7))).header.formatVersion, 3);
  });

  test('rejects a wrong format, an unsupported version, a missing format and a bad header field', async () => {
    assert.match(
      (await failure('{"format": "other", "persons": []}')).message,
      /not a Casewatch bundle: "format" is "other"/,
    );
    assert.match(
      (await failure('{"format": "casewatch-bundle", "formatVersion": 4}')).message,
      /unsupported formatVersion 4: this Casewatch reads versions 1, 2, 3/,
    );
    assert.match((await failure('{"persons": []}')).message, /"format" is missing/);
    const bad = await failure(
      '{"format": "casewatch-bundle", "formatVersion": 1, "exportedAt": "yesterday"}',
    );
    assert.equal(bad.issues[0]?.path, '$.exportedAt');
    assert.match(
      (await failure('{"format": "casewatch-bundle", "persons": {}}')).message,
      /"persons" must be an array/,
    );
    assert.match((await failure('[]')).message, /expected '\{' to start the bundle/);
  });

  test('rejects bytes that are not UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('{"format": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    await assert.rejects(
      collect(Readable.from([bytes])),
      (e: unknown) => isDomainError(e, 'import.invalid_json') && /UTF-8 text at byte 12$/.test(e.message),
    );
    // In a later chunk, the offset counts the chunks before it.
    await assert.rejects(
      collect(
        Readable.from([
          Buffer.from('{"format": "casewatch-bundle", '),
          Buffer.from([0x22, 0x61, 0xc3, 0x28]),
        ]),
      ),
      (e: unknown) => isDomainError(e, 'import.invalid_json') && /at byte 34$/.test(e.message),
    );
    // A file cut inside a two-byte character.
    const cut = Buffer.from('{"description": "Мамай');
    await assert.rejects(
      collect(Readable.from([cut.subarray(0, cut.length - 1)])),
      (e: unknown) => isDomainError(e, 'import.invalid_json') && /is the file cut short\?/.test(e.message),
    );
  });

  test('keeps memory flat: a large bundle streams record by record', async () => {
    const count = 20_000;
    function* big() {
      yield '{"format": "casewatch-bundle", "formatVersion": 1, "persons": [';
      for (let i = 0; i < count; i++)
        yield `${i > 0 ? ',' : ''}{"id": "person:${i}", "names": [{"value": "Имя ${i}"}]}`;
      yield ']}';
    }
    let seen = 0;
    for await (const item of readBundle(Readable.from(big()))) {
      assert.equal(item.index, seen++);
    }
    assert.equal(seen, count);
  });
});
