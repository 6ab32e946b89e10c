/** The part of a RegExp the Unicode tables use. */
export interface Pattern {
  test(text: string): boolean;
}

/**
 * A Unicode regular expression built at its first test. Constructing one with property escapes (\p{...}) costs
 * V8 tens of microseconds, and the tables built at load time cost every new isolate ~1.3 ms before any script ran.
 */
export function lazyPattern(source: string): Pattern {
  let pattern: RegExp | undefined;
  return { test: (text) => (pattern ??= new RegExp(source, 'u')).test(text) };
}
