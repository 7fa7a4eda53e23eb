/**
 * Where a JSON text stops being valid. JSON.parse only sometimes says ("at position 7"; other
 * messages name just the token), and an admin fixing a 1 MB file needs the line and column.
 * A small recursive scanner over the RFC 8259 grammar finds the first offending character.
 */

export interface TextPosition {
  line: number;
  column: number;
}

class Stop extends Error {
  constructor(readonly offset: number) {
    super('invalid JSON');
  }
}

function scan(src: string): void {
  let i = 0;
  const ws = () => {
    while (i < src.length && ' \t\n\r'.includes(src[i])) i++;
  };
  const fail = (): never => {
    throw new Stop(i);
  };
  const expect = (word: string) => {
    for (const ch of word) {
      if (src[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    expect('"');
    while (i < src.length && src[i] !== '"') {
      const c = src.charCodeAt(i);
      if (c < 0x20) fail();
      if (src[i] === '\\') {
        i++;
        if (src[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++, i++) if (!/[0-9a-fA-F]/.test(src[i] ?? '')) fail();
        } else if ('"\\/bfnrt'.includes(src[i] ?? 'x')) i++;
        else fail();
      } else i++;
    }
    expect('"');
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(src.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail();
    ws();
    const c = src[i];
    if (c === '{') {
      i++;
      ws();
      if (src[i] === '}') return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value(depth + 1);
        ws();
        if (src[i] === ',') i++;
        else return expect('}');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (src[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (src[i] === ',') i++;
        else return expect(']');
      }
    }
    if (c === '"') return string();
    if (c === 't') return expect('true');
    if (c === 'f') return expect('false');
    if (c === 'n') return expect('null');
    return number();
  };
  value(0);
  ws();
  if (i < src.length) fail();
}

/** Line and column (both 1-based) of the first syntax error, or undefined for valid JSON. */
export function jsonSyntaxErrorPosition(src: string): TextPosition | undefined {
  try {
    scan(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
    return undefined;
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    const before = src.slice(0, err.offset);
    const line = before.split('\n').length;
    return { line, column: err.offset - before.lastIndexOf('\n') };
  }
}
