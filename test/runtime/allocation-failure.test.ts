import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Interpreter } from '../../runtime/index.js';
import { EVAL_GUEST_JAVASCRIPT } from '../../runtime/sandbox/test-hooks.js';

/**
 * Patch 0022-errors-allocation-failure-memory-error: the generated code wraps every JavaScript error as
 * ExternalError, whose constructor makes V8's allocation failures a MemoryError with the sandbox's memory-limit
 * text (the guest's message hook). test/security/hostile-inputs.test.ts grows a real list past V8's limit.
 */
let interpreter: Interpreter;
const js = (code: string): Promise<unknown> => interpreter[EVAL_GUEST_JAVASCRIPT](code);

beforeAll(async () => {
  interpreter = await Interpreter.createWithTestHooks({ limits: { memoryLimitMb: 64 } });
});

afterAll(async () => {
  await interpreter.dispose();
});

const wrap = (error: string): string => `(() => {
  const e = new Sk.builtin.ExternalError(${error});
  return [Sk.abstr.typeName(e), e instanceof Sk.builtin.MemoryError, String(e.args.v[0].v)];
})()`;

describe('JavaScript allocation failures', () => {
  it.each(['Invalid string length', 'Invalid array length', 'Invalid typed array length: 9999999999', 'Array buffer allocation failed'])('%s is a MemoryError naming the limit', async (message) => {
    expect(await js(wrap(`new RangeError(${JSON.stringify(message)})`))).toEqual(['MemoryError', true, 'memory limit of 64 MB exceeded']);
  });

  it('other JavaScript errors stay ExternalErrors', async () => {
    expect(await js(wrap("new RangeError('toFixed() digits argument must be between 0 and 100')"))).toEqual(['ExternalError', false, 'RangeError: toFixed() digits argument must be between 0 and 100']);
  });

  it('except MemoryError catches the class the patch adds, under StandardError as in Python 2', async () => {
    const result = await interpreter.exec('try:\n    raise MemoryError("x")\nexcept StandardError, e:\n    print type(e).__name__, MemoryError.__bases__[0].__name__');
    expect(result.stdout).toBe('MemoryError StandardError\n');
  });
});
