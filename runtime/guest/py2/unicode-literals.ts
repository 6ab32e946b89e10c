import { makeUnicode } from './unicode.js';
import type { PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * `u'...'` literals are `unicode`. The patched compiler makes their constants with the hook Sk.$psUnicode
 * (Skulpt patches 0014-ast-py2-string-literals and 0015-compile-unicode-literals, which also read plain
 * literals as Python 2 byte strings); this installs the hook, which makes the sandbox's unicode object.
 */
export function installUnicodeLiterals(): void {
  Sk.$psUnicode = makeUnicode;
}
