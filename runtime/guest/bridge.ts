/**
 * The only capabilities the guest has: functions the sandbox process installs in the isolate before the guest
 * boots. They take and return primitives only, and isolated-vm copies every value that crosses, so no object
 * of the sandbox process (and so no Function constructor, error or module of Node) is reachable from guest code.
 */
export interface Bridge {
  /** Writes to stdout (0) or stderr (1). */
  write(stream: number, text: string): void;
  /** Calls a host function: JSON in, JSON out ({"ok": value}, {"error": {type, message}} or {"stop": "time"}). */
  call(path: string, argsJson: string): string;
  /** Blocks for a number of milliseconds (time.sleep); returns early at the run's deadline or an interrupt, and says which. */
  sleep(ms: number): 'slept' | 'deadline' | 'interrupt';
  /** How many interrupts (Ctrl-C) the host has sent since the current run began. */
  poll(): number;
  /** A bundled Python source the build wrote (dist/python), as `source:<path>`; '' if none. */
  library(name: string): string;
  /**
   * Evaluates a library module's generated code (dist/compiled, by module file: 'src/lib/json.py') in this realm,
   * as a script with a V8 code cache where the sandbox has one. The code assigns the module's function to a
   * global, whose name this returns; '' when the build has no such module.
   */
  module(name: string): string;
  /** Hands the host the script of the current run, compiled, before it runs (when the run asked: reportCompiled). */
  compiled(name: string, funcname: string, code: string): void;
}

declare const __ps_bridge: Bridge | undefined;

function takeBridge(): Bridge {
  const bridge = typeof __ps_bridge === 'undefined' ? undefined : __ps_bridge;
  if (bridge === undefined) throw new Error('sandbox bridge missing');
  delete (globalThis as { __ps_bridge?: Bridge }).__ps_bridge;
  return bridge;
}

export const bridge: Bridge = takeBridge();
