import { describe, expect, it } from 'vitest';
import { runScript } from '../../bindings/index.js';
import { Interpreter, runPython } from '../../runtime/index.js';
import { SMALL_FIXTURE } from '../helpers.js';

describe('limits hold and the host carries on', () => {
  it('stops an ever-growing heap at the memory limit, then runs the next script', async () => {
    const grow = await runPython('x = []\nwhile True: x.append(str(len(x)) * 5000)', { limits: { memoryLimitMb: 64, timeoutSeconds: 120 } });
    expect(grow.exitCode).toBe(4);
    expect(grow.error).toMatchObject({ type: 'SandboxLimit', limit: 'memory' });
    expect(grow.stderr).toBe('MemoryError: memory limit of 64 MB exceeded (--memory-limit)\n');
    expect(await runPython('print "next"')).toMatchObject({ ok: true, stdout: 'next\n' });
  });

  it('keeps the output printed before a limit stop', async () => {
    const result = await runPython('print "partial"\nimport itertools\nsum(itertools.count())', { limits: { timeoutSeconds: 1 } });
    expect(result).toMatchObject({ exitCode: 3, stdout: 'partial\n', error: { type: 'SandboxLimit', limit: 'time' } });
  });

  it('cuts an output flood at the limit, keeping everything up to it', async () => {
    const result = await runPython('while True: print "0123456789"', { limits: { outputLimitBytes: 105 } });
    expect(result.exitCode).toBe(5);
    expect(result.stdout).toBe('0123456789\n'.repeat(9) + '012345');
  });

  it('a session killed at a hard limit reports it, and its next run starts a fresh sandbox and says so', async () => {
    await using session = await Interpreter.create({ limits: { timeoutSeconds: 1 } });
    const result = await session.exec('import itertools\nsum(itertools.count())');
    expect(result.exitCode).toBe(3);
    expect(session.alive).toBe(false);
    await expect(session.exec('print 1')).resolves.toEqual({ ok: true, exitCode: 0, stdout: '1\n', stderr: '', restarted: true });
  });
});

describe('no shared state', () => {
  it('a script that poisons system and builtins does not affect the next one', async () => {
    const poison = await runScript(
      'system.perspective.getSessionInfo = lambda *a: "poisoned"\nimport math\nmath.pi = 3\nlen = None\nimport sys\nsys.maxint = 0\n',
      { sessionsFile: SMALL_FIXTURE },
    );
    expect(poison.ok).toBe(true);
    const clean = await runScript('import math, sys\nprint len(system.perspective.getSessionInfo()), math.pi, sys.maxint', { sessionsFile: SMALL_FIXTURE });
    expect(clean.stdout).toBe('4 3.14159265359 2147483647\n');
  });

  it('reset() drops globals, host module changes and imports in a long-lived session', async () => {
    const session = await Interpreter.create();
    try {
      await session.exec('x = 1\nimport math\nmath.pi = 3');
      await session.reset();
      const result = await session.exec('import math\nprint math.pi\nprint x');
      expect(result.stdout).toBe('3.14159265359\n');
      expect(result.stderr.trimEnd().split('\n').at(-1)).toBe("NameError: name 'x' is not defined");
    } finally {
      await session.dispose();
    }
  });

  it('concurrent runs in one host never mix output or state', async () => {
    const scripts = Array.from({ length: 6 }, (_, i) => `tag = ${i}\nfor n in xrange(300):\n    print "run%d line%d" % (tag, n)\n`);
    const results = await Promise.all(scripts.map((s) => runPython(s)));
    results.forEach((result, i) => {
      const expected = Array.from({ length: 300 }, (_, n) => `run${i} line${n}\n`).join('');
      expect(result.stdout).toBe(expected);
    });
  });
});
