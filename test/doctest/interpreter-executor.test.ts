import { describe, expect, it } from 'vitest';
import { executorFromInterpreter, type InterpreterLike } from '../../doctest/interpreter-executor.js';

describe('executorFromInterpreter', () => {
  it('pads exec sources to document lines and maps results and errors', async () => {
    const calls: unknown[] = [];
    let disposed = false;
    const session: InterpreterLike = {
      async exec(source, opts) {
        calls.push([source, opts]);
        return source.includes('raise')
          ? { ok: false, exitCode: 1, stdout: 'a\n', stderr: 'tb\n', error: { type: 'ValueError', message: 'm' } }
          : { ok: true, exitCode: 0, stdout: 'ok\n', stderr: '' };
      },
    };
    const ex = executorFromInterpreter(session, async () => {
      disposed = true;
    });
    expect(await ex.exec('print 1\n', { filename: '/d.md', firstLine: 12, mode: 'single' }))
      .toEqual({ stdout: 'ok\n', stderr: '', exception: null, exitCode: 0 });
    expect(await ex.exec('raise X\n', { filename: '/d.md', firstLine: 1, mode: 'exec' }))
      .toEqual({ stdout: 'a\n', stderr: 'tb\n', exception: { type: 'ValueError', message: 'm' }, exitCode: 1 });
    expect(calls[0]).toEqual(['\n'.repeat(11) + 'print 1\n', { filename: '/d.md', mode: 'single' }]);
    await ex.exec('x = 1\n', { filename: '/d.md', firstLine: 4, mode: 'exec' });
    expect(calls[2]).toEqual(['\n\n\nx = 1\n', { filename: '/d.md', mode: 'exec' }]); // tracebacks use document lines
    await ex.dispose();
    expect(disposed).toBe(true);
  });
});
