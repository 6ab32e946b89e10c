import { readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * Reads a large fixture file record by record, so its whole text is never in memory at once: each top-level
 * record of `[...]` or `{"sessions": [...]}` is cut out and parsed on its own. Only well-formed files of objects
 * take this path; at anything else it returns 'unusual' and the caller reads the file whole, which gives the
 * exact JSON error messages (a bad file costs its memory once, a good one never).
 */
export type StreamOutcome = 'done' | 'unusual';

const CHUNK_BYTES = 1 << 20;
const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, COMMA, COLON] = [...'{}[],:'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number];

/** Where the scanner is, between records. */
type Place = 'start' | 'key' | 'colon' | 'open-array' | 'first' | 'next' | 'comma' | 'close-object' | 'end';

/** A record's end is the first closing brace at which its text parses; a record needing more tries is unusual. */
const MAX_TRIES_PER_RECORD = 16;

/**
 * Calls `onRecord` with each record, parsed, in file order. `fd` is read from its current position to the end
 * (at most `maxBytes`; the caller has checked a regular file's size). Throws what onRecord throws.
 *
 * A record ends at the first `}` after its `{` where the text between parses as JSON: a JSON object's text
 * never has a shorter prefix that is also an object's text, so that is its end. Braces inside strings only
 * cost a failed try.
 */
export function streamFixtureRecords(fd: number, maxBytes: number, onRecord: (record: unknown) => void, chunkBytes = CHUNK_BYTES): StreamOutcome {
  const chunk = Buffer.allocUnsafe(chunkBytes);
  const decoder = new StringDecoder('utf8');
  let place: Place = 'start';
  let wrapped = false;
  let key = '';
  /** Text read and not yet consumed; `at` is where scanning goes on, inside a record when `recordAt` >= 0. */
  let text = '';
  let at = 0;
  let recordAt = -1;
  let tries = 0;
  let total = 0;
  for (;;) {
    const n = readSync(fd, chunk, 0, chunkBytes, null);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return 'unusual';
    const keep = recordAt >= 0 ? recordAt : at;
    text = text.slice(keep) + decoder.write(chunk.subarray(0, n));
    at -= keep;
    if (recordAt >= 0) recordAt = 0;
    while (at < text.length) {
      if (recordAt >= 0) {
        const end = text.indexOf('}', at);
        if (end < 0) {
          at = text.length;
          break;
        }
        at = end + 1;
        let record: unknown;
        try {
          record = JSON.parse(text.slice(recordAt, at));
        } catch {
          if (++tries >= MAX_TRIES_PER_RECORD) return 'unusual';
          continue;
        }
        onRecord(record);
        recordAt = -1;
        tries = 0;
        place = 'comma';
        continue;
      }
      const c = text.charCodeAt(at++);
      // Whitespace between tokens only: inside the key it would be part of the key.
      if ((c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) && !(place === 'key' && key !== '')) continue;
      if (place === 'key') {
        // Only the exact key "sessions" (no escapes), the one key the text parser accepts.
        key += String.fromCharCode(c);
        if (key === '"sessions"') place = 'colon';
        else if (!'"sessions"'.startsWith(key)) return 'unusual';
        continue;
      }
      const next = step(place, c, wrapped);
      if (next === undefined) return 'unusual';
      if (place === 'start' && next === 'key') wrapped = true;
      if (next === 'record') recordAt = at - 1;
      else place = next;
    }
  }
  return place === 'end' && recordAt < 0 && decoder.end() === '' ? 'done' : 'unusual';
}

/** The scanner's next place after byte `b` outside records, 'record' at a record's opening brace, undefined if unusual. */
function step(place: Place, b: number, wrapped: boolean): Place | 'record' | undefined {
  switch (place) {
    case 'start': return b === OPEN_BRACKET ? 'first' : b === OPEN_BRACE ? 'key' : undefined;
    case 'colon': return b === COLON ? 'open-array' : undefined;
    case 'open-array': return b === OPEN_BRACKET ? 'first' : undefined;
    case 'first': return b === OPEN_BRACE ? 'record' : b === CLOSE_BRACKET ? (wrapped ? 'close-object' : 'end') : undefined;
    case 'next': return b === OPEN_BRACE ? 'record' : undefined;
    case 'comma': return b === COMMA ? 'next' : b === CLOSE_BRACKET ? (wrapped ? 'close-object' : 'end') : undefined;
    case 'close-object': return b === CLOSE_BRACE ? 'end' : undefined;
    default: return undefined;
  }
}
