import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineFunction, defineModule } from '../../bindings/declare.js';
import { Interpreter } from '../../runtime/index.js';
import { EVAL_GUEST_JAVASCRIPT } from '../../runtime/sandbox/test-hooks.js';

/**
 * The boundary holds even when an attacker runs arbitrary JavaScript inside the guest (a Skulpt bug that lets
 * Python run JavaScript is a matter of when, not if). These tests skip Python and evaluate attacker JavaScript
 * directly in the guest's isolate, then assert what it could reach: nothing of Node, of the sandbox process or of
 * the host.
 */
let session: Interpreter;
let received = '';
const js = (code: string): Promise<unknown> => session[EVAL_GUEST_JAVASCRIPT](code);

beforeAll(async () => {
  const m = defineModule('test module', {
    boom: defineFunction({ name: 'boom', doc: 'Fails on the host.', params: {}, impl: () => { throw new Error('host-side failure'); } }),
  });
  session = await Interpreter.createWithTestHooks({
    modules: { m },
    builtinModules: ['m'],
    limits: { outputLimitBytes: 10_000 },
    onStdout: (text) => { received += text; },
  });
});

afterAll(async () => {
  await session.dispose();
});

/** Every object reachable from the guest's global object (own properties, prototypes, getters not called). */
const walk = (then: string): string => `(() => {
const seen = new Set();
const queue = [globalThis];
while (queue.length > 0 && seen.size < 200000) {
  const o = queue.shift();
  if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o)) continue;
  seen.add(o);
  queue.push(Object.getPrototypeOf(o));
  for (const k of Reflect.ownKeys(o)) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    if (d && 'value' in d) queue.push(d.value);
  }
}
${then}
})()`;

describe('attacker JavaScript inside the guest', () => {
  it('finds no Node.js globals', async () => {
    const names = ['process', 'require', 'module', 'exports', 'global', 'getBuiltinModule', 'setTimeout',
      'fetch', 'XMLHttpRequest', 'WebSocket', 'Deno', 'Bun', 'importScripts', '__psGuest', '__ps_bridge'];
    const types = await js(`JSON.stringify(${JSON.stringify(names)}.map((n) => typeof globalThis[n]))`);
    expect(JSON.parse(types as string)).toEqual(names.map(() => 'undefined'));
  });

  it('finds only its own realm: every reachable function constructor builds functions of this realm', async () => {
    const result = await js(walk(`
      let functions = 0, foreign = 0, withProcess = 0;
      for (const o of seen) {
        if (typeof o !== 'function') continue;
        functions++;
        let ctor;
        try { ctor = o.constructor; } catch { continue; }
        if (typeof ctor !== 'function') continue;
        let made;
        try { made = ctor('return [globalThis, typeof process, typeof require]'); } catch { continue; }
        if (typeof made !== 'function') continue;
        const [g, p, r] = made();
        if (g !== globalThis) foreign++;
        if (p !== 'undefined' || r !== 'undefined') withProcess++;
      }
      return JSON.stringify({ functions, foreign, withProcess, objects: seen.size });`));
    const counts = JSON.parse(result as string) as { functions: number; foreign: number; withProcess: number; objects: number };
    expect(counts.functions).toBeGreaterThan(1000);
    expect({ foreign: counts.foreign, withProcess: counts.withProcess }).toEqual({ foreign: 0, withProcess: 0 });
  });

  it('holds no SharedArrayBuffer and no isolated-vm handle', async () => {
    const result = await js(walk(`
      let shared = 0, handles = 0;
      for (const o of seen) {
        if (o instanceof SharedArrayBuffer) shared++;
        const tag = Object.prototype.toString.call(o);
        if (/Reference|ExternalCopy|Isolate|Context|Callback/.test(tag)) handles++;
      }
      return JSON.stringify({ shared, handles });`));
    expect(JSON.parse(result as string)).toEqual({ shared: 0, handles: 0 });
  });

  it('gets only errors of its own realm from a stack overflow inside the bridge and from a failing host call', async () => {
    const result = await js(`(() => {
      const errors = [];
      // Overflow the stack, then at every depth on the way back write output (the bridge's write) until it fails there.
      let depth = 0;
      const dive = () => { depth++; try { dive(); } catch (e) { errors.push(e); try { Sk.output('x'); } catch (e2) { errors.push(e2); } } };
      dive();
      // A host function that throws on the host.
      try { Sk.misceval.callsimArray(Sk.builtins.m.$d.boom, []); } catch (e) { errors.push(e); }
      // An object of another realm has another root at the end of its prototype chain (Python objects end at
      // Skulpt's object.prototype, which has no prototype).
      const foreign = errors.filter((e) => {
        if (e === null || typeof e !== 'object') return false;
        let p = e;
        while (Object.getPrototypeOf(p) !== null) p = Object.getPrototypeOf(p);
        return p !== Object.prototype && p !== Sk.builtin.object.prototype;
      });
      return JSON.stringify({ errors: errors.length, foreign: foreign.length, hostMessage: String(errors.at(-1) && errors.at(-1).toString()) });
    })()`);
    const got = JSON.parse(result as string) as { errors: number; foreign: number; hostMessage: string };
    expect(got.errors).toBeGreaterThan(1);
    expect(got.foreign).toBe(0);
    // The host's error crosses as a Python exception built in the guest; a JavaScript error's own text stays on the host.
    expect(got.hostMessage).toContain('internal error in host function m.boom');
    expect(got.hostMessage).not.toContain('host-side failure');
  });

  it('cannot import modules, compile WebAssembly with imports, or reach files or the network', async () => {
    const result = await js(`
      (async () => {
        const out = {};
        try { await import('node:fs'); out.import = 'imported'; } catch (e) { out.import = 'refused'; }
        out.eval = typeof eval('typeof process');
        out.evalProcess = eval('typeof process');
        return JSON.stringify(out);
      })()`);
    expect(JSON.parse(result as string)).toEqual({ import: 'refused', eval: 'string', evalProcess: 'undefined' });
  });

  it('cannot print past the output limit, even by calling the guest runtime itself', async () => {
    const run = await session.exec('print "before"');
    expect(run.stdout).toBe('before\n');
    received = '';
    await js(`for (let i = 0; i < 2000; i++) { try { Sk.output('y'.repeat(1000)); } catch (e) {} } 1`);
    expect(received.length).toBeGreaterThan(0);
    expect(received.length).toBeLessThanOrEqual(10_000 + 1024);
    const next = await session.exec('print "after"');
    expect(next.stdout).toBe('after\n');
  });

  it('changes it makes to the JavaScript realm do not survive reset()', async () => {
    await js(`Sk.builtin.str.prototype.$r = function () { return new Sk.builtin.str('pwned'); }; 1`);
    const poisoned = await session.exec(`print repr('a')`);
    expect(poisoned.stdout).toBe('pwned\n');
    await session.reset();
    const clean = await session.exec(`print repr('a')`);
    expect(clean.stdout).toBe("'a'\n");
  });
});

describe('test hooks', () => {
  it('are refused by sessions created without them', async () => {
    const plain = await Interpreter.create();
    try {
      await expect(plain[EVAL_GUEST_JAVASCRIPT]('1')).rejects.toThrow();
      expect(plain.alive).toBe(false);
    } finally {
      await plain.dispose();
    }
  });
});
