import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createIgnitionInterpreter, effectLine, EffectLog, FixtureBackend, PageNotFoundError, runScript, SessionNotFoundError,
  type IgnitionInterpreter, type PerspectiveAction, type SessionBackend,
} from '../../bindings/index.js';

const SMALL = fileURLToPath(new URL('../fixtures/small-sessions.json', import.meta.url));

describe('system.perspective actions on a fixture', () => {
  it('the broadcast pattern sends exactly one message per (session, page), and returns the effects', async () => {
    const result = await runScript([
      'for s in system.perspective.getSessionInfo():',
      '    for p in s["pageIds"]:',
      '        system.perspective.sendMessage("refresh", {"x": 1}, scope="page", sessionId=s["id"], pageId=p)',
    ].join('\n'), { sessionsFile: SMALL });
    expect(result).toMatchObject({ ok: true, stdout: '', stderr: '' });
    expect(result.effects.map((e) => [e.seq, e.function, e.targets])).toEqual([
      [1, 'system.perspective.sendMessage', [{ sessionId: 's1', pageId: 'p1' }]],
      [2, 'system.perspective.sendMessage', [{ sessionId: 's1', pageId: 'p2' }]],
      [3, 'system.perspective.sendMessage', [{ sessionId: 's3', pageId: 'p3' }]],
    ]);
    expect(result.effects[0]?.args).toEqual({ messageType: 'refresh', payload: { x: 1 }, scope: 'page', sessionId: 's1', pageId: 'p1' });
    expect(Number.isNaN(Date.parse(result.effects[0]?.timestamp ?? ''))).toBe(false);
  });

  it('bad targets fail as a gateway fails, naming the id, and record nothing', async () => {
    const tries = [
      'system.perspective.sendMessage("m", {})',
      'system.perspective.navigate("/x", sessionId="s1")',
      'system.perspective.refresh("nope", "p1")',
      'system.perspective.openPopup("id", "View", sessionId="s1", pageId="p3")',
      'system.perspective.sendMessage("m", {}, scope="everywhere", sessionId="s1", pageId="p1")',
      'system.perspective.navigate(sessionId="s1", pageId="p1")',
    ];
    const source = tries.map((t) => `try:\n    ${t}\nexcept ValueError, e:\n    print e\n`).join('');
    const result = await runScript(source, { sessionsFile: SMALL });
    expect(result.stdout.split('\n')).toEqual([
      'No perspective session attached to this thread',
      'No perspective page attached to this thread',
      "Perspective session 'nope' not found",
      "Page 'p3' not found in Perspective session 's1'",
      "scope must be 'page', 'session' or 'view', not 'everywhere'",
      'navigate() needs one of page, url or view',
      '',
    ]);
    expect(result.effects).toEqual([]);
  });

  it("scope='session' and vibrateDevice need only the session and reach all its pages (none for a session without pages)", async () => {
    const result = await runScript([
      'system.perspective.sendMessage("m", {}, scope="session", sessionId="s1")',
      'system.perspective.vibrateDevice(300, "s2")',
    ].join('\n'), { sessionsFile: SMALL });
    expect(result.effects.map((e) => e.targets)).toEqual([[{ sessionId: 's1', pageId: 'p1' }, { sessionId: 's1', pageId: 'p2' }], []]);
  });

  it('keyword arguments, defaults and the documented argument order are recorded as called', async () => {
    const result = await runScript([
      'system.perspective.openDock("nav", "s1", "p1", {"section": 2})',
      'system.perspective.openPopup("pop", "Popups/Detail", title="T", modal=1, sessionId="s1", pageId="p2")',
      'system.perspective.navigate(view="V", params={"a": (1, 2.5)}, sessionId="s3", pageId="p3", newTab=True)',
    ].join('\n'), { sessionsFile: SMALL });
    expect(result.effects[0]?.args).toEqual({ id: 'nav', sessionId: 's1', pageId: 'p1', params: { section: 2 } });
    expect(result.effects[1]?.args).toMatchObject({ id: 'pop', view: 'Popups/Detail', title: 'T', modal: true, showCloseIcon: true, viewportBound: false, params: null });
    expect(result.effects[2]?.args).toEqual({ page: null, url: null, view: 'V', params: { a: [1, 2.5] }, sessionId: 's3', pageId: 'p3', newTab: true });
  });

  it('closePage removes the page from its session for the rest of the run', async () => {
    const result = await runScript([
      'system.perspective.closePage("bye", "s1", "p1")',
      's = system.perspective.getSessionInfo("billy", "MyProject")[0]',
      'print s.pageIds, s.activePages',
    ].join('\n'), { sessionsFile: SMALL });
    expect(result.stdout).toBe("[u'p2'] 1\n");
  });

  it('wrong argument types raise TypeError before anything is done', async () => {
    const result = await runScript('system.perspective.sendMessage("m", [1], sessionId="s1", pageId="p1")', { sessionsFile: SMALL });
    expect(result.error).toEqual({ type: 'TypeError', message: "sendMessage() argument 'payload' must be a dict or None, not list" });
    expect(result.effects).toEqual([]);
  });

  it('implemented functions are no longer listed as unavailable', async () => {
    const result = await runScript('print system.perspective.setTheme.__name__\ntry:\n    system.perspective.login\nexcept NotImplementedError, e:\n    print e\n', { sessionsFile: SMALL });
    expect(result.stdout).toBe('setTheme\nsystem.perspective.login is not available in perspective-sandbox\n');
  });
});

describe('a backend of your own', () => {
  it('receives the resolved action (its own arguments, without the ids) and answers with the pages reached', async () => {
    const seen: PerspectiveAction[] = [];
    const backend: SessionBackend = {
      listSessions: () => [],
      performAction: (action) => {
        seen.push(action);
        return { pageIds: ['remote-page'] };
      },
    };
    const result = await runScript('system.perspective.setTheme("dark", sessionId="live-1", pageId="remote-page")', { backend });
    expect(seen).toEqual([{ function: 'setTheme', sessionId: 'live-1', pageId: 'remote-page', args: { name: 'dark' } }]);
    expect(result.effects[0]?.targets).toEqual([{ sessionId: 'live-1', pageId: 'remote-page' }]);
  });

  it('turns its SessionNotFoundError and PageNotFoundError into ValueError; without performAction, NotImplementedError', async () => {
    const failing: SessionBackend = {
      listSessions: () => [],
      performAction: (action) => {
        throw action.sessionId === 'a' ? new SessionNotFoundError('a') : new PageNotFoundError(action.sessionId, action.pageId ?? '');
      },
    };
    const source = 'for s in ["a", "b"]:\n    try:\n        system.perspective.refresh(s, "p")\n    except ValueError, e:\n        print e\n';
    expect((await runScript(source, { backend: failing })).stdout).toBe("Perspective session 'a' not found\nPage 'p' not found in Perspective session 'b'\n");
    const plain = await runScript('system.perspective.refresh("a", "p")', { backend: { listSessions: () => [] } });
    expect(plain.error).toEqual({ type: 'NotImplementedError', message: 'this session backend cannot perform system.perspective.refresh' });
  });
});

describe('FixtureBackend.performAction', () => {
  const backend = () => FixtureBackend.fromFile(SMALL);
  it('answers with the page, or every page of the session', () => {
    expect(backend().performAction({ function: 'refresh', sessionId: 's1', pageId: 'p2', args: {} })).toEqual({ pageIds: ['p2'] });
    expect(backend().performAction({ function: 'sendMessage', sessionId: 's1', pageId: null, args: {} })).toEqual({ pageIds: ['p1', 'p2'] });
    expect(backend().performAction({ function: 'sendMessage', sessionId: 's2', pageId: null, args: {} })).toEqual({ pageIds: [] });
  });

  it('throws SessionNotFoundError and PageNotFoundError', () => {
    expect(() => backend().performAction({ function: 'refresh', sessionId: 'zz', pageId: 'p1', args: {} })).toThrow(SessionNotFoundError);
    expect(() => backend().performAction({ function: 'refresh', sessionId: 's1', pageId: 'p3', args: {} })).toThrow(PageNotFoundError);
  });
});

describe('createIgnitionInterpreter', () => {
  let interpreter: IgnitionInterpreter;
  const effects = new EffectLog();
  beforeAll(async () => {
    interpreter = await createIgnitionInterpreter({ sessionsFile: SMALL, effects });
  });
  afterAll(async () => {
    await interpreter.dispose();
  });

  it('answers each exec with that run\'s effects; the log keeps all of them, numbered, across reset()', async () => {
    const first = await interpreter.exec('system.perspective.refresh("s1", "p1")');
    await interpreter.reset();
    const second = await interpreter.exec('system.perspective.closeDock("d", "s3", "p3")\nprint "ok"');
    expect(first.effects.map((e) => e.seq)).toEqual([1]);
    expect(second.effects.map((e) => [e.seq, e.function])).toEqual([[2, 'system.perspective.closeDock']]);
    expect(second.stdout).toBe('ok\n');
    expect(interpreter.effects).toBe(effects);
    expect(effects.list().map(effectLine)).toEqual([
      'system.perspective.refresh sessionId=s1 pageId=p1',
      'system.perspective.closeDock sessionId=s3 pageId=p3 id=d',
    ]);
  });
});

describe('effectLine', () => {
  it('shows targets, then the arguments that are not None; quotes strings that are not plain words', () => {
    expect(effectLine({
      function: 'system.perspective.sendMessage',
      args: { messageType: 'a b', payload: { x: [1, 'y'] }, scope: 'session', sessionId: 's1', pageId: null },
      targets: [{ sessionId: 's1', pageId: 'p1' }, { sessionId: 's1', pageId: 'p2' }],
    })).toBe('system.perspective.sendMessage sessionId=s1 pageId=p1,p2 messageType="a b" payload={"x":[1,"y"]} scope=session');
    expect(effectLine({ function: 'system.perspective.vibrateDevice', args: { duration: 5, sessionId: 's2' }, targets: [] }))
      .toBe('system.perspective.vibrateDevice targets=none duration=5 sessionId=s2');
    expect(effectLine({ function: 'f', args: { a: '', b: 'true', c: '12', d: 'path/to-x.y' }, targets: [] }))
      .toBe('f targets=none a="" b="true" c="12" d=path/to-x.y');
  });
});
