/**
 * The only capabilities the guest realm has: functions the worker installs before the guest boots.
 * They take and return primitives only, so no host-realm object (and so no host Function constructor)
 * is ever reachable from guest code.
 */
export interface Bridge {
  /** Writes to stdout (0) or stderr (1). */
  write(stream: number, text: string): void;
  /** Calls a host function: JSON in, JSON out ({"ok": value} or {"error": {type, message}}). */
  call(path: string, argsJson: string): string;
  /** Blocks the thread for a number of milliseconds (time.sleep). */
  sleep(ms: number): void;
}

declare const __ps_bridge: Bridge | undefined;

function takeBridge(): Bridge {
  const bridge = typeof __ps_bridge === 'undefined' ? undefined : __ps_bridge;
  if (bridge === undefined) throw new Error('sandbox bridge missing');
  delete (globalThis as { __ps_bridge?: Bridge }).__ps_bridge;
  return bridge;
}

export const bridge: Bridge = takeBridge();
