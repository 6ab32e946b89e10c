import { bridge } from './bridge.js';
import type { SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/** The marker the build puts in place of a bundled Python source (see lazyPythonSources in build.mjs). */
declare const __PS_LAZY_SOURCE_MARK__: string;

/** Sources fetched in this interpreter, by marker. */
const fetched = new Map<string, string>();

/**
 * The text of a library file: bundled Python sources are not in the guest bundle but in the build's dist/python,
 * and `Sk.builtinFiles` holds a marker for each until a module is first imported; this fetches it then, once.
 */
export function sourceText(text: string): string {
  if (!text.startsWith(__PS_LAZY_SOURCE_MARK__)) return text;
  let source = fetched.get(text);
  if (source === undefined) {
    source = bridge.library(`source:${text.slice(__PS_LAZY_SOURCE_MARK__.length)}`);
    if (source === '') throw new Sk.builtin.IOError(`the sandbox's library has no ${text.slice(__PS_LAZY_SOURCE_MARK__.length)} (run npm run build)`);
    fetched.set(text, source);
  }
  return source;
}
