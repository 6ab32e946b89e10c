import { describe, expect, it } from 'vitest';
import { defineFunction, defineModule } from '../../bindings/declare.js';
import { Interpreter } from '../../runtime/index.js';

// Ctrl-C while a host call is in flight (a slow gateway behind getSessionInfo): the call returns at once and
// raises KeyboardInterrupt where it was made; the globals survive, and the next entry runs normally.

describe('an interrupt during a host call', () => {
  it('raises KeyboardInterrupt at the call, keeps the globals, and does not raise a second time', async () => {
    let called: () => void = () => undefined;
    const nextCall = () => new Promise<void>((resolve) => { called = resolve; });
    const never = defineFunction({
      name: 'wait',
      doc: 'Never answers.',
      params: {},
      impl: () => {
        called();
        return new Promise<never>(() => undefined);
      },
    });
    const interpreter = await Interpreter.create({ modules: { slow: defineModule('A host that never answers.', { wait: never }) }, builtinModules: ['slow'] });
    try {
      expect((await interpreter.exec('kept = 41', { filename: '<stdin>' })).ok).toBe(true);
      let inCall = nextCall();
      const running = interpreter.exec('try:\n    slow.wait()\nexcept KeyboardInterrupt:\n    print "caught"\nprint "after"\n', { filename: '<stdin>' });
      await inCall;
      interpreter.interrupt();
      const caught = await running;
      expect(caught).toMatchObject({ ok: true, stdout: 'caught\nafter\n' });

      inCall = nextCall();
      const uncaught = interpreter.exec('slow.wait()', { filename: '<stdin>', mode: 'single' });
      await inCall;
      interpreter.interrupt();
      expect(await uncaught).toMatchObject({
        exitCode: 130,
        stderr: 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n    slow.wait()\nKeyboardInterrupt\n',
      });
      expect(await interpreter.exec('kept + 1', { filename: '<stdin>', mode: 'single' })).toMatchObject({ ok: true, stdout: '42\n' });
    } finally {
      await interpreter.dispose();
    }
  });
});
