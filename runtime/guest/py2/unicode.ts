/**
 * Python 2 `unicode`: Skulpt's py2 mode has only one string type. Strings that come from the host
 * (Java strings, in Jython) are `unicode`, so they need their own type whose repr carries the u prefix.
 * It subclasses Skulpt's str so every string method and comparison keeps working.
 */
let unicodeType: PyObject;

export function installUnicode(): void {
  unicodeType = Sk.abstr.buildNativeClass('unicode', {
    base: Sk.builtin.str,
    constructor: function unicode(this: PyObject, text: string) {
      this.v = text;
      this.$mangled = text;
      this.$savedKeyHash = text.replace(/^[0-9!#_]/, '!$&');
    },
    slots: {
      $r(this: PyObject) {
        return new Sk.builtin.str('u' + Sk.builtin.str.prototype.$r.call(this).v);
      },
    },
  });
}

export function makeUnicode(text: string): PyObject {
  return new unicodeType(text);
}

export function isUnicode(obj: PyObject): boolean {
  return obj instanceof unicodeType;
}

export function getUnicodeType(): PyObject {
  return unicodeType;
}
