import type { PyInstance, PyObject, PySlots, PyType, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Reading and replacing the slots of the engine's prototypes (the guest's runtime fixes wrap some of them). A
 * slot the guest wraps must exist: the guest refuses to start otherwise, rather than run without the fix.
 */

/** A function stored under a slot name chosen at run time: it receives the object as `this`. */
export type SlotFunction = (this: PyObject, ...args: unknown[]) => unknown;

/** The function a slot of the engine holds; throws (at start-up) when the engine has none there. */
export function requireSlot<K extends keyof PySlots>(proto: PySlots, name: K): NonNullable<PySlots[K]> {
  const value = proto[name];
  if (value === undefined || value === null) throw new Error(`perspective-sandbox: Skulpt's ${proto.tp$name} has no ${String(name)}`);
  return value as NonNullable<PySlots[K]>;
}

/** The function under a slot name chosen at run time, if there is one. */
export function slotFunction(proto: object, name: string): SlotFunction | undefined {
  const value: unknown = Reflect.get(proto, name);
  return typeof value === 'function' ? (value as SlotFunction) : undefined;
}

/** Stores a function under a slot name chosen at run time. */
export function setSlot(proto: object, name: string, fn: SlotFunction): void {
  Reflect.set(proto, name, fn);
}

/** The arguments of an exception object (empty for anything else). */
export function exceptionArgs(err: unknown): PyObject[] {
  return err instanceof Sk.builtin.BaseException ? err.args.v : [];
}

/** The JavaScript string of a Python str (or unicode), or undefined for anything else. */
export function strValue(obj: unknown): string | undefined {
  return obj instanceof Sk.builtin.str ? obj.v : undefined;
}

/** A class of the engine's builtins by name, or undefined when the name is not one. */
export function builtinType(name: string): PyType | undefined {
  const value = Sk.builtin[name];
  return typeof value === 'function' && Reflect.get(value, 'prototype') instanceof Sk.builtin.object ? (value as PyType) : undefined;
}

/**
 * The engine's own value inside a Python object (`v`: a str's text, an int's number or bigint, a list's array),
 * as unknown: for code that only prints or compares it, so it needs no narrowing to one class.
 */
export function engineValue(obj: PyObject | undefined): unknown {
  return obj === undefined || obj === null ? undefined : Reflect.get(obj, 'v');
}

/** A method a type defines in its own dictionary (a method_descriptor), with what the guest replaces in it. */
export interface MethodDescriptor {
  $meth(this: PyObject, ...args: unknown[]): unknown;
  d$def?: { $meth: unknown };
  func_code?: unknown;
}

/**
 * Replaces a method descriptor's implementation in place: unbound calls use the descriptor's $meth, bound methods
 * the shared definition's $meth.
 */
export function replaceMethod(descriptor: MethodDescriptor, replacement: MethodDescriptor['$meth']): void {
  const original = descriptor.$meth;
  descriptor.$meth = replacement;
  if (descriptor.d$def) descriptor.d$def.$meth = replacement;
  if (descriptor.func_code === original) descriptor.func_code = replacement;
}

/** The method descriptor a prototype holds under a name, if there is one. */
export function methodDescriptor(proto: object, name: string): MethodDescriptor | undefined {
  const value: unknown = Reflect.get(proto, name);
  if (typeof value !== 'object' || value === null || typeof Reflect.get(value, '$meth') !== 'function') return undefined;
  return value as MethodDescriptor;
}

/** The type of any engine object (its ob$type slot; every object of the engine has one). */
export function typeOf(obj: PyObject): PyType {
  return (obj as PyInstance).ob$type;
}

/** Any engine object with its slots visible (each optional: an object has the slots of its protocols). */
export function slotsOf(obj: PyObject): PyInstance {
  return obj as PyInstance;
}
