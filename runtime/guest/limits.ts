import { DEFAULT_LIMITS, limitMessage as sharedLimitMessage, type GuestLimits, type LimitKind } from '../wire.js';
import { bridge } from './bridge.js';
import { precompiledModule } from './precompiled-modules.js';
import { requireSlot } from './slots.js';
import type { PyException, PyKwArgs, PyObject, PySlots, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * The guest side of the sandbox limits. Wall-clock time and interrupts are checked at every Python block
 * boundary through Skulpt's own execLimit test, which we take over: the script cannot turn it off
 * (sys.setExecutionLimit and friends are removed, and Sk.execLimit/execStart ignore writes).
 * None of this is the boundary: the sandbox process stops the isolate itself at the deadline, at its memory cap
 * and past the output limit, whatever the code inside does. These checks make a stop a clean Python-level one.
 */

/** Why a run was stopped, if it was. */
export type StopReason = 'time' | 'output' | null;

/** The defaults until the host's configuration arrives (init); nothing runs before it. */
let limits: GuestLimits = {
  timeoutMs: DEFAULT_LIMITS.timeoutSeconds * 1000,
  outputLimitBytes: DEFAULT_LIMITS.outputLimitBytes,
  recursionLimit: DEFAULT_LIMITS.recursionLimit,
  memoryLimitBytes: DEFAULT_LIMITS.memoryLimitMb * 1048576,
};
let runStart = 0;
/** This run's time limit: the configured one unless the run asked for its own. */
let runTimeoutMs = limits.timeoutMs;
let stopReason: StopReason = null;
let interruptsSeen = 0;
/** Interrupts the host has sent during this run, as last polled (every POLL_EVERY_MS of checks). */
let interruptsSent = 0;
let lastPoll = 0;
const POLL_EVERY_MS = 20;
let outputBytes = 0;
let depth = 0;

export function setLimits(next: GuestLimits): void {
  limits = next;
  runTimeoutMs = next.timeoutMs;
}

/** Called before each run (each REPL entry, each script), with the run's own time limit if it has one. */
export function startRun(timeoutMs?: number): void {
  runStart = Date.now();
  runTimeoutMs = timeoutMs ?? limits.timeoutMs;
  checkAtNextBlock();
  stopReason = null;
  outputBytes = 0;
  depth = 0;
  // The sandbox process counts interrupts from the start of each run.
  interruptsSent = 0;
  interruptsSeen = 0;
  lastPoll = runStart;
}

/** Runs the full check now: raises KeyboardInterrupt for a pending interrupt, or the time stop past the deadline. */
export function checkNow(): void {
  lastPoll = 0;
  fullCheck();
}

/** Stops the run for its time limit now (a host call or sleep that reached the deadline). */
export function stopForTime(): void {
  stopReason ??= 'time';
  Sk.timeoutMsg();
}

export function stopReasonOfRun(): StopReason {
  return stopReason;
}

/** Counts output; returns how much of `text` may still be written (all of it while under the limit). */
export function admitOutput(text: string): string {
  const bytes = utf8Length(text);
  if (outputBytes + bytes <= limits.outputLimitBytes) {
    outputBytes += bytes;
    return text;
  }
  const room = Math.max(0, limits.outputLimitBytes - outputBytes);
  outputBytes = limits.outputLimitBytes;
  stopReason ??= 'output';
  checkAtNextBlock();
  return truncateUtf8(text, room);
}

/**
 * The runtime's own report (a traceback) as it may be written: whole while it fits in what is left of the output
 * limit; otherwise its start and its last line (the exception, itself cut to half the room) with a notice
 * between, so the part that says what went wrong is never the part that is lost. Counts what it admits.
 */
export function admitDiagnostic(text: string): string {
  const room = Math.max(0, limits.outputLimitBytes - outputBytes);
  const bytes = utf8Length(text);
  if (bytes <= room) {
    outputBytes += bytes;
    return text;
  }
  outputBytes = limits.outputLimitBytes;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const lastLine = body.slice(body.lastIndexOf('\n') + 1);
  const tail = truncateUtf8(lastLine, Math.floor(room / 2));
  const head = truncateUtf8(body.slice(0, body.length - lastLine.length), room - utf8Length(tail));
  const notice = `${head.endsWith('\n') || head === '' ? '' : '\n'}  [traceback cut here: ${limitMessage('output')} (--output-limit)]\n`;
  return `${head}${notice}${tail}\n`;
}

export function outputExhausted(): boolean {
  return stopReason === 'output';
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function truncateUtf8(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    const size = utf8Length(ch);
    if (size > bytes) break;
    bytes -= size;
    out += ch;
  }
  return out;
}

/** Blocks between two full checks (the countdown is emitted by the compiler: patch 0009-compile-block-check-hook). */
const CHECK_EVERY = 512;

/** Makes the next block boundary run the full check (after a stop, so a caught one is raised again at once). */
function checkAtNextBlock(): void {
  Sk.$psBudget = 0;
}

/**
 * The full check: the clock against the deadline, host interrupts and earlier stops. Throws the right exception
 * (via Sk.timeoutMsg) when the run must stop.
 */
function fullCheck(): void {
  Sk.$psBudget = CHECK_EVERY;
  const now = Date.now();
  if (now - lastPoll >= POLL_EVERY_MS) {
    lastPoll = now;
    const polled = bridge.poll();
    // A negative answer: the host aborted the run, which then stops as at its deadline.
    if (polled < 0) stopForTime();
    interruptsSent = polled;
  }
  if (now - runStart > (Sk.execLimit ?? 0)) Sk.timeoutMsg();
}

/**
 * The patched compiler (0009-compile-block-check-hook) emits `if (--Sk.$psBudget < 0) {Sk.$psCheck()}` at every
 * block; the full check runs every CHECK_EVERY blocks. Compiles are also memoised by source text, so a module
 * imported again is not recompiled. Nothing here rewrites generated code.
 */
function installBlockCountdown(): void {
  if (typeof Sk.$psCheck !== 'function') throw new Error('perspective-sandbox: Skulpt is not built with patch 0009-compile-block-check-hook');
  checkAtNextBlock();
  Sk.$psCheck = fullCheck;
  const compile = Sk.compile;
  Sk.compile = function (this: unknown, source: string, filename: string, mode: string, canSuspend: boolean) {
    // A library module the build compiled is evaluated by the sandbox at each compile (never memoised: its result
    // names a global that the evaluation sets).
    const precompiled = precompiledModule(source, filename, mode, canSuspend);
    if (precompiled !== undefined) return precompiled;
    // Other text compiled again (a module imported again); reuse the generated code (a string).
    const key = typeof source === 'string' && typeof filename === 'string' ? `${filename}\0${String(mode)}\0${String(canSuspend)}\0${source}` : undefined;
    const hit = key === undefined ? undefined : compiled.get(key);
    if (hit !== undefined) return { funcname: hit.funcname, code: hit.code };
    const out = compile.call(this, source, filename, mode, canSuspend);
    if (key !== undefined && typeof out?.code === 'string' && typeof out.funcname === 'string') remember(key, { funcname: out.funcname, code: out.code });
    return out;
  };
}

/** Generated code by source text (and file name and mode), most recent last; bounded. */
const compiled = new Map<string, { funcname: string; code: string }>();
const COMPILED_MAX = 64;

function remember(key: string, value: { funcname: string; code: string }): void {
  compiled.set(key, value);
  if (compiled.size > COMPILED_MAX) compiled.delete(compiled.keys().next().value as string);
}

/** The time and interrupt checks at each block; Skulpt's own getters for what its other code reads. */
export function installTimeCheck(): void {
  installBlockCountdown();
  Object.defineProperty(Sk, 'execStart', { get: () => runStart, set: () => undefined, configurable: false });
  Object.defineProperty(Sk, 'execLimit', {
    get: () => {
      if (stopReason !== null) return -1;
      if (interruptsSent !== interruptsSeen) return -1;
      return runTimeoutMs;
    },
    set: () => undefined,
    configurable: false,
  });
  Object.defineProperty(Sk, 'yieldLimit', { get: () => null, set: () => undefined, configurable: false });
  // Skulpt throws `new Sk.builtin.TimeLimitError(Sk.timeoutMsg())`; we throw the right exception from here.
  Sk.timeoutMsg = () => {
    if (stopReason === null && interruptsSent !== interruptsSeen) {
      interruptsSeen = interruptsSent;
      stopReason = null;
      throw new Sk.builtin.KeyboardInterrupt();
    }
    if (stopReason === null) stopReason = 'time';
    checkAtNextBlock();
    throw new Sk.builtin.SandboxLimit(limitMessage(stopReason));
  };
}

/** The text of a limit stop (runtime/wire.ts), from the limits the host configured. */
export function limitMessage(reason: LimitKind): string {
  return sharedLimitMessage(reason, {
    timeoutSeconds: runTimeoutMs / 1000,
    memoryLimitMb: Math.round(limits.memoryLimitBytes / 1048576),
    outputLimitBytes: limits.outputLimitBytes,
  });
}

/**
 * Python-level recursion depth, counted at every call of a Python function. Deep native recursion that
 * overflows the JS stack first is turned into the same RuntimeError by the exec layer.
 */
export function installRecursionLimit(): void {
  const proto = Sk.builtin.func.prototype;
  const call = requireSlot(proto, 'tp$call');
  proto.tp$call = function (this: PyObject, args: PyObject[], kwargs?: PyKwArgs) {
    if (++depth > limits.recursionLimit) {
      depth--;
      throw recursionStop();
    }
    try {
      return call.call(this, args, kwargs);
    } finally {
      depth--;
    }
  };
}

/**
 * The RuntimeError of the recursion limit, marked as the limit's (a `$` property Python cannot set), so a
 * script's own `raise RuntimeError('maximum recursion depth exceeded')` is not taken for it.
 */
export function recursionStop(): PyException {
  const err = new Sk.builtin.RuntimeError(limitMessage('recursion'));
  err.$psLimit = 'recursion';
  return err;
}

/** Whether an exception is the recursion limit's stop (see recursionStop). */
export function isRecursionStop(err: PyObject): boolean {
  return err instanceof Sk.builtin.BaseException && err.$psLimit === 'recursion';
}

/** Sequence repetition that would exceed the memory limit raises MemoryError before allocating. */
export function installAllocationGuards(): void {
  guardRepeat(Sk.builtin.str.prototype, 1);
  guardRepeat(Sk.builtin.list.prototype, 8);
  guardRepeat(Sk.builtin.tuple.prototype, 8);
}

function guardRepeat(proto: PySlots, bytesPerItem: number): void {
  const repeat = proto.sq$repeat;
  if (typeof repeat !== 'function') return;
  const guarded = function (this: PyObject, n: PyObject) {
    if (n instanceof Sk.builtin.int_) {
      const times = Number(String(n.v));
      // The engine value of a str (a string) or a list or tuple (an array).
      const value: unknown = Reflect.get(this, 'v');
      const length = typeof value === 'string' ? value.length : Array.isArray(value) ? value.length : 0;
      if (times > 0 && length * times * bytesPerItem > limits.memoryLimitBytes) {
        throw new Sk.builtin.MemoryError(limitMessage('memory'));
      }
    }
    return repeat.call(this, n);
  };
  // Skulpt aliases sq$repeat to the multiply slots when it builds the type, so replace all three.
  proto.sq$repeat = guarded;
  proto.nb$multiply = guarded;
  proto.nb$reflected_multiply = guarded;
}
