import type Sax from 'sax/lib/sax.js';
import { makeUnicode } from '../../py2/unicode.js';
import { fn } from './bytes.js';
import { boundedEntities, EntityLimitError } from './xml-entities.js';
import { duplicateAttribute, outsideRoot, PREMATURE_END, xercesMessage } from './xml-messages.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';
import { engineValue } from '../../slots.js';

declare const Sk: SkGlobal;

/**
 * `_psxml`: an XML document as a list of events, for the xml package (ElementTree, minidom, sax). The tokenizer
 * is the `sax` package in strict mode with namespaces; what comes out of here has Xerces's shape (Jython's
 * parsers run on Xerces): line ends normalised, adjacent text and CDATA joined, internal DTD entities expanded
 * within a budget, and errors worded as Xerces words them.
 *
 * Events (all texts unicode):
 *   ('start', qname, uri, local, [(qname, uri, local, value)...])   xmlns attributes included, in document order
 *   ('end', qname, uri, local)
 *   ('text', data)  ('comment', data)  ('pi', target, data)  ('doctype', body)
 * The list ends with ('error', message, line, column) when the document is not well formed; line and column are
 * where Jython's expat reports them: just after the last event the parser delivered.
 */

type Event = PyObject[];

function tuple(items: PyObject[]): PyObject {
  return new Sk.builtin.tuple(items);
}

function text(value: string): PyObject {
  return makeUnicode(value);
}

/** Start offsets of the lines of `source`, for offset -> (line, column). */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAndColumn(starts: number[], offset: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - starts[lo]!];
}

interface Tokenized {
  events: Event[];
  error: { message: string; offset: number } | null;
}

/**
 * The `sax` package, loaded at the first document: its top level (entity tables, character classes) would cost
 * every new interpreter time at start-up. (`require` of a bundled package runs its top level at the first call.)
 */
let saxPackage: typeof Sax | undefined;

function tokenize(source: string): Tokenized {
  saxPackage ??= require('sax/lib/sax.js') as typeof Sax;
  const parser = saxPackage.parser(true, { xmlns: true, position: true, strictEntities: true });
  const events: Event[] = [];
  const open: string[] = [];
  let attributeNames: string[] = [];
  let rootClosed = false;
  let pendingText = '';
  let lastEnd = 0;
  let endBeforeComment = 0;
  let failure: { message: string; offset: number } | null = null;

  const fail = (message: string, offset = lastEnd): never => {
    failure ??= { message, offset };
    throw new StopParsing();
  };
  const flushText = (): void => {
    if (pendingText !== '') events.push([text('text'), text(pendingText)]);
    pendingText = '';
  };
  const delivered = (event: Event): void => {
    flushText();
    events.push(event);
    lastEnd = parser.position;
  };
  const onText = (data: string): void => {
    pendingText += data;
    // Xerces hands text over once it has read the '<' (or '</') of the markup that follows it.
    const markup = parser.startTagPosition;
    if (markup > lastEnd && markup <= parser.position) lastEnd = markup + (source[markup] === '/' ? 1 : 0);
  };

  parser.ontext = onText;
  parser.oncdata = onText;
  parser.onattribute = (attribute) => {
    if (attributeNames.includes(attribute.name)) fail(duplicateAttribute(attribute.name, parser.tagName));
    attributeNames.push(attribute.name);
  };
  parser.onopentag = (node) => {
    if (open.length === 0 && rootClosed) fail(outsideRoot(true));
    attributeNames = [];
    const attributes = Object.values(node.attributes).map((a) =>
      tuple([text(a.name), text(a.uri), text(a.local), text(a.value)]));
    open.push(node.name);
    delivered([text('start'), text(node.name), text(node.uri), text(node.local), new Sk.builtin.list(attributes)]);
  };
  parser.onclosetag = (name) => {
    // Inside onclosetag, parser.tag is the element being closed.
    const node = parser.tag;
    open.pop();
    rootClosed = open.length === 0;
    delivered([text('end'), text(name), text(node?.uri ?? ''), text(node?.local ?? name)]);
  };
  parser.oncomment = (data) => {
    endBeforeComment = lastEnd;
    delivered([text('comment'), text(data)]);
  };
  parser.onprocessinginstruction = (pi) => {
    if (pi.name !== 'xml') delivered([text('pi'), text(pi.name), text(pi.body)]);
  };
  parser.ondoctype = (body) => {
    boundedEntities(body, parser);
    delivered([text('doctype'), text(body)]);
  };
  parser.onerror = (err) => {
    const saxMessage = err.message.split('\n')[0] ?? '';
    if (saxMessage === 'Malformed comment' && engineValue(events[events.length - 1]?.[0]) === 'comment') {
      // sax hands over the comment's text before it objects to its '--': Xerces delivers nothing.
      events.pop();
      lastEnd = endBeforeComment;
    }
    const entity = parser.entity;
    const message = xercesMessage({
      saxMessage, openElements: open, rootClosed, tagName: parser.tagName, attributeName: parser.attribName,
      attributeNames: parser.attribList.map(([name]) => name), entity,
    });
    // Text before a bad reference is handed over at its '&'.
    const inText = entity !== '' && pendingText !== '';
    fail(message, inText ? parser.position - entity.length : lastEnd);
  };

  try {
    parser.write(source).close();
    flushText();
    if (!rootClosed) fail(PREMATURE_END);
  } catch (err) {
    if (err instanceof EntityLimitError) failure ??= { message: err.message, offset: lastEnd };
    else if (!(err instanceof StopParsing)) throw err;
  }
  return { events, error: failure };
}

class StopParsing extends Error {}

/** XML's line-end handling: CR LF and a lone CR are read as LF. */
function normaliseLineEnds(source: string): string {
  return source.replace(/\r\n?/g, '\n');
}

export function psxmlModule(): Record<string, PyObject> {
  return {
    tokenize: fn('tokenize', (document) => {
      if (!(document instanceof Sk.builtin.str)) throw new Sk.builtin.TypeError('tokenize() needs a text');
      const source = normaliseLineEnds(document.v as string);
      const { events, error } = tokenize(source);
      const out = events.map(tuple);
      if (error !== null) {
        const [line, column] = lineAndColumn(lineStarts(source), error.offset);
        out.push(tuple([text('error'), text(error.message), new Sk.builtin.int_(line), new Sk.builtin.int_(column)]));
      }
      return new Sk.builtin.list(out);
    }),
  };
}
