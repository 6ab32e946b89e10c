import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createIgnitionInterpreter, runScript } from '../../bindings/run-script.js';
import { defineFunction, defineModule } from '../../bindings/declare.js';
import type { SessionBackend } from '../../bindings/backend.js';
import { Interpreter, InvalidOptionError, RaiseInPython, runPython, ValueConversionError } from '../../runtime/index.js';
import { REPO_ROOT, SMALL_FIXTURE } from '../helpers.js';

/** Issue 18: what an embedder relies on: per-run options, values in and out, lifetimes, errors. */
describe('values in and out', () => {
  it('binds plain data as globals, converted as host results are (unicode strings, dicts, longs)', async () => {
    await using interpreter = await createIgnitionInterpreter({ sessionsFile: SMALL_FIXTURE });
    const result = await interpreter.exec('print type(name).__name__, name, type(big).__name__, conf["xs"][1], conf["on"], type(ratio).__name__, none is None',
      { globals: { name: 'bob', big: 2 ** 40, conf: { xs: [1, 2], on: true }, ratio: 0.5, none: null } });
    expect(result.stdout).toBe('unicode bob long 2 True float True\n');
  });

  it('binds names that are JavaScript reserved words (Skulpt mangles them) and reads them back', async () => {
    await using interpreter = await Interpreter.create();
    await interpreter.exec('length = len(name)', { globals: { name: 'abc' } });
    expect(await interpreter.getGlobal('name')).toBe('abc');
    expect(await interpreter.getGlobal('length')).toBe(3);
    expect(await interpreter.getGlobal('missing')).toBeUndefined();
  });

  it('refuses globals that are not plain data, naming the global and the place', async () => {
    await using interpreter = await Interpreter.create();
    await expect(interpreter.exec('pass', { globals: { when: new Date() as never } })).rejects.toThrow('invalid option globals.when: a Date cannot be converted');
    await expect(interpreter.exec('pass', { globals: { xs: [1, Number.NaN] } })).rejects.toThrow('invalid option globals.xs[1]: NaN has no Python form');
    await expect(interpreter.exec('pass', { globals: { 'not a name': 1 } })).rejects.toThrow(InvalidOptionError);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    await expect(interpreter.exec('pass', { globals: { cycle: cycle as never } })).rejects.toThrow('contains itself');
  });

  it('gives the last expression back as plain data: sessions as objects, tuples as arrays, None as null', async () => {
    await using interpreter = await createIgnitionInterpreter({ sessionsFile: SMALL_FIXTURE });
    const session = await interpreter.evaluate('s = system.perspective.getSessionInfo("billy")[0]\n(s, (1, 2.5), None)');
    expect(session.value).toEqual([expect.objectContaining({ id: 's1', username: 'billy', pageIds: expect.any(Array) }), [1, 2.5], null]);
    expect((await interpreter.evaluate('x = 1')).value).toBeUndefined();
    expect((await interpreter.evaluate('1 / 0')).error?.type).toBe('ZeroDivisionError');
  });

  it('names what cannot convert and where', async () => {
    await using interpreter = await Interpreter.create();
    await expect(interpreter.evaluate('{"a": [1, set()]}')).rejects.toThrow(new ValueConversionError('cannot convert to JavaScript: the value["a"][1] is a Python set, which has no plain JavaScript form'));
    await expect(interpreter.evaluate('2 ** 60')).rejects.toThrow('beyond the integers a JavaScript number holds exactly');
    await expect(interpreter.evaluate('{1: 2}')).rejects.toThrow('has a key of type int');
  });
});

describe('per-run options', () => {
  it('a run has its own time limit, named in its notice without a leading newline', async () => {
    await using interpreter = await Interpreter.create({ limits: { timeoutSeconds: 30 } });
    const result = await interpreter.exec('while True: pass', { timeoutSeconds: 0.3 });
    expect(result.error).toEqual({ type: 'SandboxLimit', message: 'time limit of 0.3 s exceeded', limit: 'time' });
    expect(result.stderr).toBe('perspective-sandbox: stopped: time limit of 0.3 s exceeded (--timeout)\n');
    const partial = await interpreter.exec('import sys\nsys.stdout.write("half")\nwhile True: pass', { timeoutSeconds: 0.3 });
    expect(partial.stderr).toBe('\nperspective-sandbox: stopped: time limit of 0.3 s exceeded (--timeout)\n');
    await expect(interpreter.exec('pass', { timeoutSeconds: -1 })).rejects.toThrow('invalid option timeoutSeconds');
  });

  it('an AbortSignal stops a sleep, a host call and a native loop; an aborted signal runs nothing', async () => {
    let release: () => void = () => undefined;
    const slow = defineModule('slow', {
      wait: defineFunction({ name: 'wait', doc: '', params: {}, impl: () => new Promise<null>((resolve) => { release = () => resolve(null); }) }),
    });
    await using interpreter = await Interpreter.create({ modules: { slow } });
    for (const source of ['import time\ntime.sleep(20)', 'import slow\nslow.wait()', 'x = 1\nimport itertools\nsum(itertools.count())']) {
      const controller = new AbortController();
      const pending = interpreter.exec(source, { signal: controller.signal });
      setTimeout(() => controller.abort(), 300);
      const result = await pending;
      expect(result, source).toMatchObject({ ok: false, exitCode: 130, aborted: true, error: { type: 'Aborted' } });
    }
    release();
    const before = await interpreter.exec('print "ran"', { signal: AbortSignal.abort() });
    expect(before).toMatchObject({ aborted: true, stdout: '' });
  });
});

describe('lifetimes', () => {
  it('restarts by itself after a hard stop, and says so; globals are gone', async () => {
    await using interpreter = await Interpreter.create({ limits: { timeoutSeconds: 0.5 } });
    await interpreter.exec('kept = 1');
    const killed = await interpreter.exec('import itertools\nsum(itertools.count())');
    expect(killed.error).toMatchObject({ type: 'SandboxLimit', limit: 'time' });
    expect(interpreter.alive).toBe(false);
    const next = await interpreter.exec('print kept');
    expect(next).toMatchObject({ restarted: true, error: { type: 'NameError' } });
    expect(await interpreter.exec('print 1')).toEqual({ ok: true, exitCode: 0, stdout: '1\n', stderr: '' });
  });

  it('a disposed interpreter runs nothing; Symbol.asyncDispose disposes', async () => {
    const interpreter = await Interpreter.create();
    await interpreter[Symbol.asyncDispose]();
    expect(await interpreter.exec('print 1')).toMatchObject({ ok: false, error: { type: 'SystemError', message: 'the interpreter was disposed' } });
  });

  it('an idle interpreter that is never disposed does not keep Node running', () => {
    const program = `const { Interpreter } = await import(${JSON.stringify(`${REPO_ROOT}dist/index.js`)});
      const interpreter = await Interpreter.create();
      console.log((await interpreter.exec('print 6 * 7')).stdout.trim());`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8', timeout: 60_000 });
    expect(child.signal).toBeNull();
    expect(child.stdout).toBe('42\n');
    expect(child.status).toBe(0);
  });
});

describe('errors', () => {
  it('a memory stop has the one limit type', async () => {
    const result = await runPython('x = "a" * 10**10', { limits: { memoryLimitMb: 64 } });
    expect(result.error).toMatchObject({ type: 'SandboxLimit', limit: 'memory' });
    expect(result.exitCode).toBe(4);
  });

  it('bad options throw one InvalidOptionError naming the option', async () => {
    await expect(Interpreter.create({ limits: { memoryLimitMb: 8 } })).rejects.toThrow(new InvalidOptionError('limits.memoryLimitMb', 'Too small: expected number to be >=32'));
    await expect(Interpreter.create({ environment: { timezone: 'Mars/Olympus' } })).rejects.toThrow('invalid option environment.timezone: unknown time zone');
  });

  it('a JavaScript bug in a host function reaches onHostError and Python as SystemError; RaiseInPython stays', async () => {
    const heard: string[] = [];
    const tools = defineModule('tools', {
      broken: defineFunction({ name: 'broken', doc: '', params: {}, impl: () => { throw new TypeError('undefined is not a function'); } }),
      refuse: defineFunction({ name: 'refuse', doc: '', params: { n: { schema: z.number(), expected: 'a number' } }, impl: ({ n }) => { throw new RaiseInPython('ValueError', `bad ${n}`); } }),
    });
    const options = { modules: { tools }, onHostError: (err: unknown, path: string) => { heard.push(`${path}: ${String(err)}`); } };
    const broken = await runPython('import tools\ntry:\n    tools.broken()\nexcept SystemError as e:\n    print e', options);
    expect(broken.stdout).toBe('internal error in host function tools.broken\n');
    expect(heard).toEqual(['tools.broken: TypeError: undefined is not a function']);
    expect((await runPython('import tools\ntools.refuse(3)', options)).error).toEqual({ type: 'ValueError', message: 'bad 3' });
  });

  it('a host function named with a leading underscore is callable but not listed by dir(), as in Python', async () => {
    const tools = defineModule('tools', {
      _raw: defineFunction({ name: '_raw', doc: '', params: {}, impl: () => 7 }),
      cooked: defineFunction({ name: 'cooked', doc: '', params: {}, impl: () => 8 }),
    });
    const result = await runPython('import tools\nprint [n for n in dir(tools) if not n.startswith("__")], tools._raw(), tools.cooked()', { modules: { tools } });
    expect(result.stdout).toBe("['cooked'] 7 8\n");
  });

  it("a custom backend's malformed record fails the call, naming the record and field", async () => {
    const backend: SessionBackend = { listSessions: () => [{ id: 5 } as never] };
    const result = await runScript('system.perspective.getSessionInfo()', { backend });
    expect(result.error).toEqual({ type: 'SystemError', message: "the session backend's listSessions() returned a malformed session record: sessions[0].userAgent: Invalid input: expected string, received undefined" });
  });
});

describe('Ignition options', () => {
  it('a bad Ignition option rejects with an InvalidOptionError naming it', async () => {
    await expect(runScript('pass', { ignitionVersion: '9.0' as never })).rejects.toThrow(/^invalid option ignitionVersion: /);
    await expect(createIgnitionInterpreter({ logLevel: 'loud' as never })).rejects.toThrow(InvalidOptionError);
  });

  it('runScript takes the per-run options too', async () => {
    const result = await runScript('print who', { sessionsFile: SMALL_FIXTURE, globals: { who: 'billy' }, timeoutSeconds: 5 });
    expect(result.stdout).toBe('billy\n');
  });
});
