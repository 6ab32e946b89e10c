import { bindArguments } from './arguments.js';
import { bridge } from './bridge.js';
import { toJson, toPy, type Json, type ToPyOptions } from './convert.js';
import type { CurrentValueReply, HostFunctionDecl } from '../wire.js';
import { builtinType } from './slots.js';
import { guestServedImplementation, serveInGuest, type HostAsk } from './guest-served.js';
import { stopForTime } from './limits.js';
import type { PyKwArgs, PyObject, PyType, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/** A host function as a Python object: its path, declaration, conversion options and parameters. */
interface HostFunctionObject extends PyObject {
  $path: string;
  $decl: HostFunctionDecl;
  $options: ToPyOptions;
  $params: Array<{ name: string; hasDefault: boolean }>;
}

let builtinFunctionType: PyType<HostFunctionObject>;

export function installHostFunctionType(): void {
  builtinFunctionType = Sk.abstr.buildNativeClass<HostFunctionObject>('builtin_function_or_method', {
    constructor: function builtin_function_or_method(this: HostFunctionObject, path: string, decl: HostFunctionDecl, options: ToPyOptions) {
      this.$path = path;
      this.$decl = decl;
      this.$options = options;
      this.$params = decl.params.map((p) => ({ name: p.name, hasDefault: 'default' in p }));
      // A host that names an implementation the bundle lacks fails at configuration, not at the first call.
      if (decl.guestServed !== undefined) guestServedImplementation(decl.guestServed);
    },
    slots: {
      tp$getattr: Sk.generic.getAttr,
      $r(this: HostFunctionObject) {
        return new Sk.builtin.str(`<built-in function ${this.$decl.name}>`);
      },
      tp$call(this: HostFunctionObject, args: PyObject[], kwargs: PyKwArgs | undefined) {
        return callHost(this, args, kwargs ?? []);
      },
    },
    getsets: {
      __name__: { $get(this: HostFunctionObject) { return new Sk.builtin.str(this.$decl.name); } },
      __doc__: { $get(this: HostFunctionObject) { return new Sk.builtin.str(helpText(this.$decl)); } },
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

function callHost(self: HostFunctionObject, args: PyObject[], kwargs: PyKwArgs): PyObject {
  const decl = self.$decl;
  const path = self.$path;
  const options = self.$options;
  const bound = bindArguments(decl.name, self.$params, args, kwargs);
  const jsonArgs = bound.map((value, i): Json => (value === undefined ? (decl.params[i]?.default ?? null) as Json : toJson(value)));
  const ask: HostAsk = (body) => askHost(path, body);
  const convert = (value: Json): PyObject => toPy(value, options);
  if (decl.guestServed !== undefined) return serveInGuest(path, decl.guestServed, jsonArgs, options, ask, convert);
  return convert(ask(jsonArgs).ok ?? null);
}

/** Sends one host call and returns the host's reply; raises the host's error, and stops the run at its deadline. */
function askHost(path: string, body: Json): ReturnType<HostAsk> {
  const reply = JSON.parse(bridge.call(path, JSON.stringify(body))) as
    Partial<CurrentValueReply> & { ok?: Json; error?: { type: string; message: string }; stop?: 'time' };
  // The run reached its deadline while the host was answering.
  if (reply.stop !== undefined) stopForTime();
  if (reply.error !== undefined) throw makeException(reply.error.type, reply.error.message);
  return reply;
}

function makeException(type: string, message: string): PyObject {
  const cls = Object.hasOwn(Sk.builtin, type) ? builtinType(type) : undefined;
  const isException = cls !== undefined && cls.prototype instanceof Sk.builtin.BaseException;
  return isException ? new cls(message) : new Sk.builtin.RuntimeError(`${type}: ${message}`);
}
