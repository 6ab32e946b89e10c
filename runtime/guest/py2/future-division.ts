/**
 * `from __future__ import division`: `/` (and `/=`) is true division in the module that says so, and only there
 * (int / int gives a float). Skulpt has no __future__ flags in py2 mode; its compiler emits every division as
 * `Sk.abstr.numberBinOp(a,b,'Div')`. For a module with the import, the compiled code's division calls are
 * rewritten to the op name 'TrueDiv', which the wrapped numberBinOp/numberInplaceBinOp turn into float division
 * of ints and longs (other operands keep their `/`).
 */
const FUTURE_DIVISION = /^[ \t]*from[ \t]+__future__[ \t]+import[ \t(][^#\n]*\bdivision\b/m;
const DIVISION_CALL = /(Sk\.abstr\.number(?:Inplace)?BinOp\([\w$.]+,[\w$.]+,)'Div'\)/g;

function isInteger(value: PyObject): boolean {
  return value instanceof Sk.builtin.int_ || value instanceof Sk.builtin.lng;
}

function trueDivide(v: PyObject, w: PyObject, original: (a: PyObject, b: PyObject, op: string) => PyObject): PyObject {
  if (isInteger(v) && isInteger(w)) {
    const toFloat = (x: PyObject) => Sk.misceval.callsimArray(Sk.builtin.float_, [x]);
    return original(toFloat(v), toFloat(w), 'Div');
  }
  return original(v, w, 'Div');
}

export function installFutureDivision(): void {
  for (const name of ['numberBinOp', 'numberInplaceBinOp']) {
    const original = Sk.abstr[name];
    Sk.abstr[name] = function (v: PyObject, w: PyObject, op: string) {
      return op === 'TrueDiv' ? trueDivide(v, w, original) : original(v, w, op);
    };
  }
  const compile = Sk.compile;
  Sk.compile = function (...args: unknown[]) {
    const result = compile(...args);
    const source = args[0];
    if (typeof source === 'string' && FUTURE_DIVISION.test(source) && typeof result?.code === 'string') {
      result.code = result.code.replace(DIVISION_CALL, "$1'TrueDiv')");
    }
    return result;
  };
}
