/** Where a JSON text first goes wrong, and why: JSON.parse says neither reliably. */
export interface JsonFault {
  offset: number;
  message: string;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Nesting deeper than this is reported as a fault rather than followed (the locator recurses). */
export const MAX_JSON_DEPTH = 1000;

const NUMBER_RE = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX4_RE = /[0-9a-fA-F]{4}/y;

/** Finds the first syntax error in a JSON text, or undefined when it is valid; used only after JSON.parse failed. */
export function locateJsonFault(text: string): JsonFault | undefined {
  let i = 0;
  const fail = (message: string): never => {
    throw new Fault(i, message);
  };
  const describe = (c: string | undefined) => (c === undefined ? 'the end of the input' : JSON.stringify(c));
  const skip = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
      i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated string');
      else if (c === '"') return void i++;
      else if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          HEX4_RE.lastIndex = i + 2;
          if (!HEX4_RE.test(text)) fail('invalid \\u escape: expected four hex digits');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`invalid escape \\${e ?? ''}`);
      } else if (c.charCodeAt(0) < 0x20) fail('unescaped control character (a line break?) inside a string');
      else i++;
    }
  };
  const value = (depth = 0): void => {
    skip();
    const c = text[i];
    if ((c === '{' || c === '[') && depth >= MAX_JSON_DEPTH)
      fail(`nested more than ${MAX_JSON_DEPTH} levels deep: no bundle needs that`);
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(text[i])}`);
        string();
        skip();
        if (text[i] !== ':') fail(`expected ':' after a property name, found ${describe(text[i])}`);
        i++;
        value(depth + 1);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail(`expected ',' or '}' in an object, found ${describe(text[i])}`);
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail(`expected ',' or ']' in an array, found ${describe(text[i])}`);
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    NUMBER_RE.lastIndex = i;
    if (c !== undefined && NUMBER_RE.test(text)) return void (i = NUMBER_RE.lastIndex);
    fail(c === undefined ? 'unexpected end of the input' : `unexpected ${describe(c)}`);
  };
  try {
    value();
    skip();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the value`);
    return undefined;
  } catch (error) {
    if (error instanceof Fault) return { offset: error.offset, message: error.message };
    throw error;
  }
}
