/**
 * The words of Xerces (the parser under Jython's xml package) for the well-formedness errors that the `sax`
 * tokenizer reports in its own words. Written from what Jython 2.7 prints for each malformed document
 * (test/compat/corpus 550-589 record several).
 */

/** What the tokenizer knew when it stopped. */
export interface ErrorContext {
  /** sax's message, first line. */
  readonly saxMessage: string;
  /** Qualified names of the elements open, outermost first. */
  readonly openElements: readonly string[];
  /** Whether the root element has been closed. */
  readonly rootClosed: boolean;
  /** The element whose start tag is being read. */
  readonly tagName: string;
  /** The attribute being read. */
  readonly attributeName: string;
  /** Attribute names of the start tag being read, in document order. */
  readonly attributeNames: readonly string[];
  /** The entity reference being read (without & and ;). */
  readonly entity: string;
}

const OUTSIDE_ROOT_BEFORE = 'The markup in the document preceding the root element must be well-formed.';
const OUTSIDE_ROOT_AFTER = 'The markup in the document following the root element must be well-formed.';
const UNTERMINATED = 'XML document structures must start and end within the same entity.';

export const PREMATURE_END = 'Premature end of file.';

export function outsideRoot(rootClosed: boolean): string {
  return rootClosed ? OUTSIDE_ROOT_AFTER : OUTSIDE_ROOT_BEFORE;
}

export function duplicateAttribute(attribute: string, element: string): string {
  return `Attribute "${attribute}" was already specified for element "${element}".`;
}

export function undeclaredEntity(name: string): string {
  return `The entity "${name}" was referenced, but not declared.`;
}

function characterReference(entity: string): string {
  if (entity.startsWith('#x') || entity.startsWith('#X')) {
    return 'A hexadecimal representation must immediately follow the "&#x" in a character reference.';
  }
  return 'A decimal representation must immediately follow the "&#" in a character reference.';
}

export function xercesMessage(context: ErrorContext): string {
  const { saxMessage, openElements, tagName } = context;
  const innermost = openElements[openElements.length - 1];
  if (saxMessage === 'Unexpected close tag' || saxMessage.startsWith('Unmatched closing tag')) {
    if (innermost === undefined) return outsideRoot(context.rootClosed);
    return `The element type "${innermost}" must be terminated by the matching end-tag "</${innermost}>".`;
  }
  if (saxMessage === 'Unclosed root tag' || saxMessage === 'Unexpected end') return UNTERMINATED;
  if (saxMessage === 'Non-whitespace before first tag.') return 'Content is not allowed in prolog.';
  if (saxMessage === 'Text data outside of root node.') return 'Content is not allowed in trailing section.';
  if (saxMessage === 'Attribute without value') {
    return `Attribute name "${context.attributeName}" associated with an element type "${tagName}" must be followed by the ' = ' character.`;
  }
  if (saxMessage === 'Unquoted attribute value') {
    return `Open quote is expected for attribute "${context.attributeName}" associated with an  element type  "${tagName}".`;
  }
  if (saxMessage === 'No whitespace between attributes' || saxMessage === 'Invalid attribute name') {
    return `Element type "${tagName}" must be followed by either attribute specifications, ">" or "/>".`;
  }
  if (saxMessage === 'Invalid character in tag name' || saxMessage === 'Unencoded <') {
    if (innermost === undefined) return outsideRoot(context.rootClosed);
    return 'The content of elements must consist of well-formed character data or markup.';
  }
  if (saxMessage === 'Malformed comment') return 'The string "--" is not permitted within comments.';
  if (saxMessage === 'Invalid character entity' || saxMessage === 'Invalid character in entity name') {
    return context.entity.startsWith('#') ? characterReference(context.entity) : undeclaredEntity(context.entity);
  }
  const unbound = /^Unbound namespace prefix: "(.*)"$/.exec(saxMessage);
  if (unbound !== null) {
    const name = unbound[1] ?? '';
    if (name === tagName && name.includes(':')) {
      return `The prefix "${name.slice(0, name.indexOf(':'))}" for element "${name}" is not bound.`;
    }
    const attribute = context.attributeNames.find((a) => a.startsWith(`${name}:`)) ?? `${name}:`;
    return `The prefix "${name}" for attribute "${attribute}" associated with an element type "${tagName}" is not bound.`;
  }
  return saxMessage;
}
