import { DomainError } from '../core/errors.ts';

/**
 * Text from a stream of UTF-8 bytes (strings pass as they are), refusing bytes that are not UTF-8 with their
 * byte offset, and a file that ends inside a character.
 */
export async function* decodeUtf8(
  input: AsyncIterable<string | Uint8Array>,
  file: string | undefined,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw notUtf8(file, `at byte ${offset + firstInvalidByte(chunk)}`);
    }
    offset += chunk.length;
    yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw notUtf8(file, 'at its end, inside a character: is the file cut short?');
  }
  if (rest.length > 0) yield rest;
}

/** Where in a chunk its bytes stop being UTF-8: the shortest prefix a strict decoder refuses, less one. */
function firstInvalidByte(chunk: Uint8Array): number {
  const refuses = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (refuses(mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function notUtf8(file: string | undefined, where: string): DomainError {
  const message = `not valid UTF-8 text ${where}`;
  return new DomainError('import.invalid_json', `${file ?? 'the bundle'} is ${message}`, [
    { code: 'import.invalid_json', message, ...(file !== undefined ? { file } : {}) },
  ]);
}
