import { completeness } from './completeness.js';
import { controlBuffer } from './limits.js';
import { currentGlobals, exec, init, reset, type GuestConfig } from './session.js';
import type { ExecMode } from './exec.js';
import { completions } from './completions.js';

/**
 * Entry point of the guest bundle, evaluated inside the sandbox's vm context after Skulpt itself.
 * The worker talks to the guest only through this object, in JSON strings.
 */
const api = {
  controlBuffer,
  init(configJson: string): void {
    init(JSON.parse(configJson) as GuestConfig);
  },
  exec(requestJson: string): string {
    const request = JSON.parse(requestJson) as { source: string; filename: string; mode: ExecMode };
    return JSON.stringify(exec(request.source, request.filename, request.mode));
  },
  completeness(source: string): string {
    return JSON.stringify(completeness(source));
  },
  completions(text: string): string {
    return JSON.stringify(completions(text, currentGlobals()));
  },
  reset(): void {
    reset();
  },
};

(globalThis as { __psGuest?: typeof api }).__psGuest = api;
