/**
 * Test-only hooks, keyed by a symbol that only this module exports (the public API does not re-export it).
 * `session[EVAL_GUEST_JAVASCRIPT](code)` evaluates attacker JavaScript directly in the guest's isolate, which is
 * how the security tests prove what such code can reach. It works only in sessions made with
 * `Interpreter.createWithTestHooks`; the sandbox process refuses it otherwise.
 */
export const EVAL_GUEST_JAVASCRIPT = Symbol('perspective-sandbox.evalGuestJavaScript');
