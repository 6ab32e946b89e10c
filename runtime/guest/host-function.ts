import { bindArguments } from './arguments.js';
import { bridge } from './bridge.js';
import { toJson, toPy, type ToPyOptions } from './convert.js';
import type { HostFunctionDecl } from '../wire.js';
import { tableResult, tableVersion, type TableReply } from './host-table.js';
import { stopForTime } from './limits.js';

let builtinFunctionType: PyObject;

export function installHostFunctionType(): void {
  builtinFunctionType = Sk.abstr.buildNativeClass('builtin_function_or_method', {
    constructor: function builtin_function_or_method(this: PyObject, path: string, decl: HostFunctionDecl, options: ToPyOptions) {
      this.$path = path;
      this.$decl = decl;
      this.$options = options;
      this.$params = decl.params.map((p) => ({ name: p.name, hasDefault: 'default' in p }));
    },
    slots: {
      tp$getattr: Sk.generic.getAttr,
      $r(this: PyObject) {
        return new Sk.builtin.str(`<built-in function ${this.$decl.name}>`);
      },
      tp$call(this: PyObject, args: PyObject[], kwargs: Array<string | PyObject> | undefined) {
        return callHost(this, args, kwargs ?? []);
      },
    },
    getsets: {
      __name__: { $get(this: PyObject) { return new Sk.builtin.str(this.$decl.name); } },
      __doc__: { $get(this: PyObject) { return new Sk.builtin.str(helpText(this.$decl)); } },
    },
  });
}

export function makeHostFunction(path: string, decl: HostFunctionDecl, options: ToPyOptions): PyObject {
  return new builtinFunctionType(path, decl, options);
}

/** The signature line and documentation, as help() shows them. */
export function helpText(decl: HostFunctionDecl): string {
  const params = decl.params.map((p) => ('default' in p ? `${p.name}=${defaultRepr(p.default)}` : p.name));
  return `${decl.name}(${params.join(', ')})\n\n${decl.doc}`.trimEnd();
}

function defaultRepr(value: unknown): string {
  return value === null || value === undefined ? 'None' : JSON.stringify(value);
}

function callHost(self: PyObject, args: PyObject[], kwargs: Array<string | PyObject>): PyObject {
  const decl: HostFunctionDecl = self.$decl;
  const bound = bindArguments(decl.name, self.$params, args, kwargs);
  const jsonArgs = bound.map((value, i) => (value === undefined ? (decl.params[i]?.default ?? null) : toJson(value)));
  // A table call tells the host which version of the table it holds; the host answers with the current version
  // (and the rows, if ours is stale), or with a plain result when it serves this call itself.
  const request = decl.table === undefined ? jsonArgs : { args: jsonArgs, tableVersion: tableVersion(self.$path) };
  const reply = JSON.parse(bridge.call(self.$path, JSON.stringify(request))) as
    { ok?: never; error?: { type: string; message: string }; table?: TableReply; stop?: 'time' };
  // The run reached its deadline while the host was answering.
  if (reply.stop !== undefined) stopForTime();
  if (reply.error !== undefined) throw makeException(reply.error.type, reply.error.message);
  if (reply.table !== undefined && decl.table !== undefined) return tableResult(self.$path, decl.table, jsonArgs, reply.table, self.$options);
  return reply.ok === undefined ? Sk.builtin.none.none$ : toPy(reply.ok, self.$options);
}

function makeException(type: string, message: string): PyObject {
  const cls = Object.hasOwn(Sk.builtin, type) ? Sk.builtin[type] : undefined;
  const isException = cls !== undefined && cls.prototype instanceof Sk.builtin.BaseException;
  return isException ? new cls(message) : new Sk.builtin.RuntimeError(`${type}: ${message}`);
}
