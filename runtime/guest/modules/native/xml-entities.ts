import type sax from 'sax/lib/sax.js';

/**
 * Internal general entities of a DOCTYPE (`<!ENTITY name "value">`), made available to the `sax` tokenizer within
 * the JDK's limits, so a document cannot grow without bound (the "billion laughs"): at most 64000 entity
 * expansions per document, as the JDK's Xerces under Jython, and at most MAX_EXPANDED_CHARS characters of
 * expanded text. External entities (SYSTEM, PUBLIC) and parameter entities are never read: the sandbox has no
 * files or network, so a reference to one is an undeclared entity.
 */

const MAX_EXPANSIONS = 64000;
const MAX_EXPANDED_CHARS = 10_000_000;

export class EntityLimitError extends Error {}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const DECLARATION = /<!ENTITY\s+([^\s%"'<>]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[^\s&;#]+);/g;

function tooManyExpansions(): EntityLimitError {
  return new EntityLimitError(`JAXP00010001: The parser has encountered more than "${MAX_EXPANSIONS}" entity expansions in this document; this is the limit imposed by the JDK.`);
}

function tooLarge(size: number): EntityLimitError {
  return new EntityLimitError(`JAXP00010004: The accumulated size of entities is "${size}" that exceeded the "${MAX_EXPANDED_CHARS}" limit set by "FEATURE_SECURE_PROCESSING".`);
}

/** Declared entity name -> its literal value, in declaration order (the first declaration wins, as in XML). */
function declarations(doctype: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of doctype.matchAll(DECLARATION)) {
    const name = m[1] as string;
    if (!found.has(name)) found.set(name, m[2] ?? m[3] ?? '');
  }
  return found;
}

/** Installs the DOCTYPE's internal entities on the parser; each reference counts against the document's budget. */
export function boundedEntities(doctype: string, parser: sax.SAXParser): void {
  const raw = declarations(doctype);
  const costs = new Map<string, number>();
  const sizes = new Map<string, number>();
  const expanded = new Map<string, string>();
  let expansions = 0;
  let expandedChars = 0;
  let lastReferenceAt = -1;

  /** Expansions one reference to `name` performs, itself included (saturating past the limit). */
  const costOf = (name: string, path: readonly string[]): number => {
    const known = costs.get(name);
    if (known !== undefined) return known;
    if (path.includes(name)) throw new EntityLimitError(`Recursive entity reference "${name}". (Reference path: ${[...path, name].join(' -> ')}),`);
    let cost = 1;
    for (const m of (raw.get(name) ?? '').matchAll(REFERENCE)) {
      const ref = m[1] as string;
      if (raw.has(ref)) cost = Math.min(cost + costOf(ref, [...path, name]), MAX_EXPANSIONS + 1);
    }
    costs.set(name, cost);
    return cost;
  };

  /** Characters of the expanded text of `name` (saturating past the limit), computed before building it. */
  const sizeOf = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    let size = 0;
    let last = 0;
    const value = raw.get(name) ?? '';
    for (const m of value.matchAll(REFERENCE)) {
      const ref = m[1] as string;
      size += (m.index ?? 0) - last + (raw.has(ref) ? sizeOf(ref) : 1);
      last = (m.index ?? 0) + m[0].length;
      if (size > MAX_EXPANDED_CHARS) break;
    }
    size = Math.min(size + value.length - last, MAX_EXPANDED_CHARS + 1);
    sizes.set(name, size);
    return size;
  };

  const expand = (name: string): string => {
    const known = expanded.get(name);
    if (known !== undefined) return known;
    const text = (raw.get(name) ?? '').replace(REFERENCE, (whole, ref: string) => {
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      if (PREDEFINED[ref] !== undefined) return PREDEFINED[ref];
      return raw.has(ref) ? expand(ref) : whole;
    });
    expanded.set(name, text);
    return text;
  };

  for (const name of raw.keys()) {
    if (PREDEFINED[name] !== undefined) continue;
    Object.defineProperty(parser.ENTITIES, name, {
      configurable: true,
      enumerable: true,
      get: () => {
        // sax reads an entry twice for one reference: count the reference once.
        if (parser.position !== lastReferenceAt) {
          lastReferenceAt = parser.position;
          expansions += costOf(name, []);
          if (expansions > MAX_EXPANSIONS) throw tooManyExpansions();
          expandedChars += sizeOf(name);
          if (expandedChars > MAX_EXPANDED_CHARS) throw tooLarge(expandedChars);
        }
        return expand(name);
      },
    });
  }
}
