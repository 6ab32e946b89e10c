// Skulpt 1.2.0 ships no type declarations: these are the members of the global `Sk` the guest uses, typed as far
// as the guest relies on them. A guest file opts in with
//
//   import type { PyObject, SkGlobal } from './skulpt-types.js';
//   declare const Sk: SkGlobal;
//
// (the module-scoped declaration shadows the untyped global of sk.d.ts, which files not converted yet still
// use). Nothing in the host's public types refers to these: they never leave runtime/guest (and the bindings'
// guest-side code).
//
// A Python object is opaque (`PyObject`): narrow it with `instanceof` against a class of `Sk.builtin`, which
// gives the engine's representation (`PyStr.v` is the JavaScript string), or hand it to Sk's functions. A native
// class the guest builds (Sk.abstr.buildNativeClass) declares its own instance type extending PyObject.

declare const pyObjectBrand: unique symbol;

/** Any Python object of the engine. */
export interface PyObject {
  readonly [pyObjectBrand]: true;
}

/** Keyword arguments as Skulpt passes them: name, value, name, value... */
export type PyKwArgs = Array<string | PyObject>;

/** A comparison as Skulpt names it in tp$richcompare and richCompareBool. */
export type PyCompareOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/**
 * The slots of an engine object, as the guest reads and replaces them on prototypes. Each is optional: a type
 * has the slots of the protocols it supports.
 */
export interface PySlots {
  tp$name: string;
  ob$type: PyType;
  tp$base?: PyType | undefined;
  tp$bases?: PyType[];
  tp$mro?: PyType[];
  sk$klass?: boolean;
  hp$type?: boolean;
  tp$new?(args: PyObject[], kwargs?: PyKwArgs): PyObject;
  tp$init?(args: PyObject[], kwargs?: PyKwArgs): PyObject | undefined;
  tp$call?(args: PyObject[], kwargs?: PyKwArgs): PyObject;
  tp$getattr?(name: PyStr, canSuspend?: boolean): PyObject | undefined;
  tp$str?(): PyObject;
  $r?(): PyObject;
  tp$iter?(): PyObject;
  tp$iternext?(canSuspend?: boolean): PyObject | undefined;
  tp$richcompare?(other: PyObject, op: PyCompareOp): PyObject | boolean;
  tp$hash?: PyObject | (() => PyObject | number);
  mp$subscript?(key: PyObject): PyObject;
  mp$ass_subscript?(key: PyObject, value?: PyObject): void;
  mp$lookup?(key: PyObject): PyObject | undefined;
  sq$contains?(key: PyObject): boolean;
  sq$length?(): number;
  sq$concat?(other: PyObject): PyObject;
  sq$repeat?(count: PyObject): PyObject;
  nb$add?(other: PyObject): PyObject;
  nb$multiply?(other: PyObject): PyObject;
  nb$reflected_multiply?(other: PyObject): PyObject;
  nb$remainder?(other: PyObject): PyObject;
  nb$floor_divide?(other: PyObject): PyObject;
  nb$divmod?(other: PyObject): PyObject;
  nb$abs?(): PyObject;
  /** Any other slot, method or attribute of the engine's objects: unknown until narrowed. */
  [name: string]: unknown;
}

/** An object with its slots visible: what `instanceof` narrowing and prototypes give. */
export interface PyInstance extends PyObject, PySlots {}

/** A Python class (a JavaScript constructor whose prototype holds the slots). */
export interface PyType<T extends PyObject = PyInstance> extends PyInstance {
  /** Skulpt's constructors take what each class needs (a JavaScript value, Python objects): checked by the class. */
  new (...args: readonly unknown[]): T;
  readonly prototype: T & PySlots;
  sk$tuple_bases?: PyObject;
  sk$tuple_mro?: PyObject;
  sk$asarray?(): PyType[];
  call(self: PyObject, ...args: unknown[]): unknown;
  apply(self: PyObject, args: readonly unknown[]): unknown;
}

/** A class with the constructor signature the guest calls it with. */
export type PyClass<T extends PyObject, A extends unknown[]> = PyType<T> & (new (...args: A) => T);

export interface PyStr extends PyInstance { v: string; $mangled?: string; $savedKeyHash?: string }
export interface PyNumber extends PyInstance { readonly v: number }
export interface PyIntLike extends PyInstance { readonly v: number | bigint | { toString(): string } }
export interface PyList extends PyInstance { v: PyObject[] }
export interface PyComplex extends PyInstance { readonly real: number; readonly imag: number }
export interface PyTuple extends PyInstance { readonly v: PyObject[] }
export interface PyDict extends PyInstance {
  mp$lookup(key: PyObject): PyObject | undefined;
  /** Lookup by a str key (no hashing of other types). */
  quick$lookup(key: PyStr): PyObject | undefined;
  mp$subscript(key: PyObject): PyObject;
  mp$ass_subscript(key: PyObject, value?: PyObject): void;
  pop$item?(key: PyObject): PyObject | undefined;
}
export interface PyModule extends PyInstance { $d: Record<string, PyObject> }
/** A Python function's compiled code: the generated JavaScript function, with what the compiler attached. */
export interface PyFuncCode {
  (...args: never[]): unknown;
  co_varnames?: unknown;
  co_filename?: string;
  co_firstlineno?: number;
  co_varargs?: unknown;
  co_kwargs?: unknown;
  co_argcount?: number;
  $defaults?: PyObject[];
  /** Patch 0035: the names of the *args and **kwargs parameters, whether it is a generator, and a generator function's own code. */
  ps$varargName?: string;
  ps$kwargName?: string;
  ps$generator?: boolean;
  ps$generatorCode?: PyFuncCode;
}
export interface PyBoundMethod extends PyInstance { im_func: PyObject; im_self: PyInstance }
/** A Python function (Sk.builtin.func). */
export interface PyFunc extends PyInstance {
  func_code: PyFuncCode | undefined;
  func_globals?: Record<string, unknown>;
  func_closure?: Record<string, unknown>;
  $name: string;
  $qualname?: string;
  $defaults?: PyObject[];
  $module?: PyObject;
  co_argcount?: number;
  co_varargs?: unknown;
}
export interface PyException extends PyInstance {
  args: PyTuple;
  traceback: Array<{ filename?: string; lineno?: number; colno?: number }>;
  $filename?: string;
  $line?: number;
  $column?: number;
  nativeError?: unknown;
}

/** A class of exceptions: constructed with a message (a JavaScript or Python string) or the arguments. */
export type PyExceptionClass = PyClass<PyException, [message?: string | PyObject, ...rest: unknown[]]>;

/** A singleton's class: the instance is a static member (None, NotImplemented, True/False). */
export interface PyNoneType extends PyType { readonly none$: PyInstance }

export interface PyMethodDef {
  $meth(this: never, ...args: never[]): unknown;
  $flags: Readonly<Record<string, boolean | number>>;
  $doc?: string;
  $textsig?: string | null;
}

export interface PyGetSetDef {
  $get(this: never): PyObject;
  $set?(this: never, value: PyObject | undefined): void;
  $doc?: string;
}

export interface NativeClassOptions {
  constructor: (this: never, ...args: never[]) => unknown;
  base?: PyType;
  slots?: Readonly<Record<string, unknown>>;
  methods?: Readonly<Record<string, PyMethodDef>>;
  getsets?: Readonly<Record<string, PyGetSetDef>>;
  classmethods?: Readonly<Record<string, PyMethodDef>>;
  proto?: Readonly<Record<string, unknown>>;
  flags?: Readonly<Record<string, unknown>>;
}

/** Skulpt's parse and compile results (Sk.parse, Sk.astFromParse, Sk.compile). */
export interface SkParse { cst: unknown; flags: number }
export interface SkAstNode { lineno: number; col_offset: number; [field: string]: unknown }
export type SkAstClass = new (...args: readonly unknown[]) => SkAstNode;
/** Skulpt's AST node classes, by name (the ones the guest builds or tests for are listed). */
export interface SkAstNodes {
  Expr: SkAstClass; Name: SkAstClass; Call: SkAstClass; Load: SkAstClass; Store: SkAstClass; FunctionDef: SkAstClass;
  Lambda: SkAstClass; ClassDef: SkAstClass; Assign: SkAstClass; Print: SkAstClass; Pass: SkAstClass;
  NameConstant: SkAstClass; Str: SkAstClass; Yield: SkAstClass;
  [name: string]: SkAstClass | undefined;
}
export interface SkCompiled { funcname: string; code: string; filename?: string }

/** The `Sk.builtin` namespace: the classes and functions of the engine's builtins, by name. */
export interface SkBuiltinNamespace {
  str: PyClass<PyStr, [value?: string | PyObject]> & { $emptystr: PyStr; $int_: PyStr; $float_: PyStr; $format: PyStr; $mangleAttributeName(name: string): string };
  int_: PyClass<PyIntLike, [value: number | string | PyObject]>;
  lng: PyClass<PyIntLike, [value: number | string | bigint | PyObject]>;
  float_: PyClass<PyNumber, [value: number]>;
  bool: PyClass<PyIntLike, [value: unknown]> & ((value: unknown) => PyInstance) & { readonly true$: PyInstance; readonly false$: PyInstance };
  complex: PyClass<PyComplex, [real: number, imag?: number]>;
  list: PyClass<PyList, [items?: PyObject[]]>;
  tuple: PyClass<PyTuple, [items?: PyObject[]]>;
  dict: PyClass<PyDict, [flatKeysAndValues?: PyObject[]]>;
  frozenset: PyType;
  xrange: PyType;
  module: PyClass<PyModule, []>;
  object: PyType;
  type: PyType & ((obj: PyObject) => PyType);
  func: PyClass<PyFunc, [code: (...args: never[]) => unknown, globals?: unknown, closure?: unknown]>;
  sk_method: PyClass<PyInstance, [def: PyMethodDef, self: PyObject | null, module?: string]>;
  /** A bound method: the function and the instance it is bound to. */
  method: PyClass<PyBoundMethod, [func: PyObject, self: PyObject]>;
  method_descriptor: PyClass<PyInstance, [type: PyType, def: PyMethodDef & { $name?: string }, name?: string]>;
  getset_descriptor: PyClass<PyInstance, [type: PyType, def: PyGetSetDef, name?: string]>;
  wrapper_descriptor: PyType;
  none: PyNoneType;
  NotImplemented: PyType & { readonly NotImplemented$: PyInstance };
  BaseException: PyExceptionClass;
  Exception: PyExceptionClass;
  StandardError: PyExceptionClass;
  TypeError: PyExceptionClass;
  ValueError: PyExceptionClass;
  KeyError: PyExceptionClass;
  IndexError: PyExceptionClass;
  LookupError: PyExceptionClass;
  AttributeError: PyExceptionClass;
  RuntimeError: PyExceptionClass;
  SystemError: PyExceptionClass;
  ZeroDivisionError: PyExceptionClass;
  OverflowError: PyExceptionClass;
  SystemExit: PyExceptionClass;
  SyntaxError: PyExceptionClass;
  IOError: PyExceptionClass;
  ImportError: PyExceptionClass;
  NotImplementedError: PyExceptionClass;
  UnicodeDecodeError: PyExceptionClass;
  UnicodeEncodeError: PyExceptionClass;
  RecursionError: PyExceptionClass;
  TimeLimitError: PyExceptionClass;
  ExternalError: PyExceptionClass;
  /** Added by patch 0022. */
  MemoryError: PyExceptionClass;
  /** Defined by the guest (exceptions.ts). */
  KeyboardInterrupt: PyExceptionClass;
  SandboxLimit: PyExceptionClass;
  asnum$(obj: PyObject): number | string;
  pyCheckArgsLen(name: string, count: number, min: number, max?: number, ...rest: unknown[]): void;
  checkNumber(obj: unknown): boolean;
  checkInt(obj: unknown): boolean;
  checkMapping(obj: unknown): boolean;
  checkCallable(obj: unknown): boolean;
  repr(obj: PyObject): PyStr;
  abs(obj: PyObject): PyObject;
  fabs(obj: PyObject): PyObject;
  dir(obj: PyObject): PyList;
  getattr(obj: PyObject, name: PyObject, fallback?: PyObject): PyObject;
  setattr(obj: PyObject, name: PyObject, value: PyObject): PyObject;
  hasattr(obj: PyObject, name: PyObject): PyObject;
  delattr(obj: PyObject, name: PyObject): PyObject;
  __import__(name: string | PyObject, globals?: unknown, locals?: unknown, fromlist?: unknown, level?: number): PyObject;
  /** Other builtins, looked up by name (unknown until narrowed). */
  [name: string]: unknown;
}

export interface SkAbstr {
  buildNativeClass<T extends PyObject = PyInstance>(name: string, options: NativeClassOptions): PyType<T>;
  typeName(obj: PyObject): string;
  iter(obj: PyObject): PyInstance;
  gattr(obj: PyObject, name: PyStr, canSuspend?: boolean): PyObject;
  lookupSpecial(obj: PyObject, name: PyStr): PyObject | undefined;
  objectGetItem(obj: PyObject, key: PyObject, canSuspend?: boolean): PyObject;
  objectSetItem(obj: PyObject, key: PyObject, value: PyObject, canSuspend?: boolean): PyObject | undefined;
  objectDelItem(obj: PyObject, key: PyObject, canSuspend?: boolean): PyObject | undefined;
  objectFormat(obj: PyObject, spec: PyObject): PyObject;
  copyKeywordsToNamedArgs(name: string, names: Array<string | null>, args: PyObject[], kwargs: PyKwArgs | undefined, defaults?: PyObject[]): PyObject[];
  /** `a <op> b` and `a <op>= b` as compiled code calls them (op: 'Add', 'Sub', 'Mult', ...). */
  numberBinOp(a: PyObject, b: PyObject, op: string): PyObject;
  numberInplaceBinOp(a: PyObject, b: PyObject, op: string): PyObject;
}

/** A compiled class body: fills `locals` with the class namespace. */
export type SkClassBody = (this: unknown, globals: unknown, locals: Record<string, PyObject>, cell: unknown) => unknown;

export interface SkMisceval {
  callsimArray(fn: PyObject, args?: PyObject[], kwargs?: PyKwArgs): PyObject;
  callsimOrSuspendArray(fn: PyObject, args?: PyObject[], kwargs?: PyKwArgs): PyObject;
  arrayFromIterable(obj: PyObject, canSuspend?: boolean): PyObject[];
  objectRepr(obj: PyObject): string;
  retryOptionalSuspensionOrThrow<T>(value: T, message?: string): T;
  richCompareBool(a: PyObject, b: PyObject, op: PyCompareOp, canSuspend?: boolean): boolean;
  isTrue(obj: PyObject): boolean;
  isIndex(obj: unknown): boolean;
  asIndex(obj: PyObject): number | bigint | undefined;
  asIndexSized(obj: PyObject, err?: unknown, message?: string): number;
  buildClass(globals: Record<string, PyObject>, body: SkClassBody, name: string, bases: PyObject[], cell?: unknown): PyObject;
  chain<T>(initial: unknown, ...steps: Array<(value: never) => unknown>): T;
}

export interface SkConfiguration {
  output?: (text: string) => void;
  read?: (path: string) => string;
  __future__?: unknown;
  yieldLimit?: number | null;
  execLimit?: number | null;
  retainGlobals?: boolean;
}

export interface SkGlobal {
  configure(options: SkConfiguration): void;
  python2: unknown;
  builtin: SkBuiltinNamespace;
  builtins: Record<string, PyObject>;
  abstr: SkAbstr;
  misceval: SkMisceval;
  generic: { getAttr(this: PyObject, name: PyStr, canSuspend?: boolean): PyObject | undefined };
  slots: Record<string, { $name?: string; $wrapper?: unknown; $flags?: unknown; $textsig?: string | null; $doc?: string }>;
  astnodes: SkAstNodes;
  parse(filename: string, source: string): SkParse;
  astFromParse(cst: unknown, filename: string, flags: number): SkAstNode & { body: SkAstNode[] };
  compile(source: string, filename: string, mode: string, canSuspend: boolean): SkCompiled;
  importModule(name: string, dumpJS: boolean, canSuspend: boolean): PyModule;
  /** Every import goes through it; it returns the module (or the top-level package), or a suspension. */
  importModuleInternal_(...args: unknown[]): unknown;
  sysmodules: PyDict;
  realsyspath: PyList;
  builtinFiles: { files: Record<string, string> };
  globals: Record<string, PyObject> | undefined;
  /** The isolate's global object. */
  global: { eval(code: string): unknown; [name: string]: unknown };
  execLimit: number | null;
  timeoutMsg: () => string;
  fixReserved(name: string): string;
  unfixReserved(name: string): string;
  /** Hooks the patch series defines and the guest replaces (see CONTRIBUTING.md). */
  $psCheck: () => void;
  $psBudget: number;
  $psUnicode: (text: string) => PyObject;
  $psMemoryErrorMessage: () => string;
  /** Patch 0041: while true, the end of input inside brackets or a string is an error (the REPL's completeness check). */
  $psStrictEof: boolean;
  /** Native modules the guest adds to Skulpt's module registry. */
  ps$nativeModules?: Record<string, unknown>;
}
