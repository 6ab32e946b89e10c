import { describe, expect, it } from 'vitest';
import { Interpreter, type HostModule } from '../../runtime/index.js';

/**
 * The runtime's generic primitive for guest-served host functions (GuestServed in runtime/host-module.ts): a
 * declaration must name an implementation the guest bundle registered, and without a guest-served declaration a
 * host function is a plain host call. The one implementation the bundle has is the bindings' session table,
 * tested in test/bindings/session-table*.test.ts.
 */
function moduleWith(implementation: string | undefined): Record<string, HostModule> {
  const served = implementation === undefined ? {} : { guestServed: { implementation, settings: null, current: () => undefined } };
  return { m: { kind: 'module', members: { f: { kind: 'function', params: [], call: () => 41, ...served } } } };
}

describe('guest-served host functions', () => {
  it('refuse to start when the guest bundle has no implementation of that name', async () => {
    await expect(Interpreter.create({ modules: moduleWith('no.such.implementation') })).rejects.toThrow(/no guest-served implementation 'no\.such\.implementation'/);
  });

  it('leave plain host functions plain host calls', async () => {
    const interpreter = await Interpreter.create({ modules: moduleWith(undefined) });
    try {
      const result = await interpreter.exec('import m\nprint m.f() + 1');
      expect(result.stdout).toBe('42\n');
    } finally {
      await interpreter.dispose();
    }
  });
});
