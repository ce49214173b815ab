/**
 * Control characters in content. None is allowed in a JSON string (U+0000–U+001F, U+007F–U+009F:
 * a tab or a line break inside a definition is a paste accident, and it would reach the page and
 * the exports unseen); article.ko.txt may hold line ends (LF, CR) and tabs, nothing else. Each
 * one found is a problem named by file and nearest id, as the schema's problems are. Pure.
 */
import { nearestId, type ProblemList } from './errors.ts';
import { LINE_END } from './source.ts';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above; tab, LF and CR are allowed
const SOURCE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
};

/** "U+0009 (tab)", "U+0007". */
export function describeControl(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const name = NAMES[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** A string as it may be printed in a message: its control characters written as \uXXXX. */
const visible = (s: string) =>
  s.replace(CONTROL, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

function controlsIn(s: string, pattern: RegExp): string {
  return [...s.matchAll(pattern)]
    .map((m) => `${describeControl(m[0])} at character ${m.index + 1}`)
    .join(', ');
}

/** Adds a problem for each string (value or key) of parsed JSON that holds a control character. */
export function reportControlCharacters(file: string, raw: unknown, problems: ProblemList): void {
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      const found = controlsIn(node, CONTROL);
      if (found) {
        const where = path.length > 0 ? `${path.join('.')}: ` : '';
        problems.add(file, visible(nearestId(raw, path)), `${where}control character ${found}`);
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const found = controlsIn(key, CONTROL);
        if (found) {
          problems.add(
            file,
            visible(nearestId(raw, path)),
            `${[...path, visible(key)].join('.')}: control character ${found} in the key`,
          );
        }
        walk(value, [...path, key]);
      }
    }
  };
  walk(raw, []);
}

/** Adds a problem for each line of the source text that holds a control character. */
export function reportSourceControlCharacters(
  file: string,
  source: string,
  problems: ProblemList,
): void {
  source.split(LINE_END).forEach((line, i) => {
    const found = [...line.matchAll(SOURCE_CONTROL)]
      .map((m) => `${describeControl(m[0])} at column ${m.index + 1}`)
      .join(', ');
    if (found) problems.add(file, `line ${i + 1}`, `control character ${found}`);
  });
}

/**
 * JSON text with each raw control character inside a string literal written as a \u escape.
 * JSON.parse rejects those with only a position ("Bad control character in string literal");
 * escaped, the file parses and reportControlCharacters names the id. Elsewhere the text is left
 * as it is: outside strings, tab, CR and LF are whitespace, and anything else is bad JSON.
 */
export function escapeControlsInStrings(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i]!;
    if (inString && char === '\\') {
      out += char + (json[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '"') inString = !inString;
    const code = char.charCodeAt(0);
    out += inString && code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : char;
  }
  return out;
}
