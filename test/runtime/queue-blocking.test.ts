/**
 * Queue in the sandbox (issue 14) has one thread: a blocking get on an empty queue with no timeout can never be
 * served, so (like Jython, which would wait forever) it waits until the sandbox's time limit stops the script.
 */
import { describe, expect, it } from 'vitest';
import { runPython } from '../../runtime/index.js';

describe('Queue blocking forever', () => {
  it('ends at the time limit, keeping the output before it', async () => {
    const result = await runPython('import Queue\nq = Queue.Queue()\nprint "waiting"\nq.get()', { limits: { timeoutSeconds: 1 } });
    expect(result).toMatchObject({ exitCode: 3, stdout: 'waiting\n', error: { type: 'SandboxLimit', limit: 'time' } });
  });
});
