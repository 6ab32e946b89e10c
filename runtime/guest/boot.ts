import { completeness } from './completeness.js';
import type { ExecRequest, GuestConfig } from '../wire.js';
import { checkFixes, currentGlobals, exec, init } from './session.js';
import { completions } from './completions.js';

/**
 * Entry point of the guest bundle, evaluated inside the sandbox's isolate after Skulpt itself.
 * The sandbox process takes references to these functions and then removes the global; it talks to the guest
 * only through them, in strings.
 */
const api = {
  init(configJson: string): void {
    init(JSON.parse(configJson) as GuestConfig);
  },
  checkFixes(): string {
    checkFixes();
    return '';
  },
  exec(requestJson: string): string {
    return JSON.stringify(exec(JSON.parse(requestJson) as ExecRequest));
  },
  completeness(source: string): string {
    return JSON.stringify(completeness(source));
  },
  completions(text: string): string {
    return JSON.stringify(completions(text, currentGlobals()));
  },
};

(globalThis as { __psGuest?: typeof api }).__psGuest = api;
