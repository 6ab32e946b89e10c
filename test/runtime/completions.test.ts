import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIgnitionInterpreter } from '../../bindings/index.js';
import type { Interpreter } from '../../runtime/index.js';
import { SMALL_FIXTURE } from '../helpers.js';

describe('REPL completions', () => {
  let session: Interpreter;
  beforeAll(async () => {
    session = await createIgnitionInterpreter({ sessionsFile: SMALL_FIXTURE });
    await session.exec('ss = system.perspective.getSessionInfo()\nsession_count = len(ss)');
  });
  afterAll(() => session.dispose());

  it.each([
    ['system.pe', ['system.perspective.']],
    ['system.perspective.get', ['system.perspective.getProjectInfo(', 'system.perspective.getSessionInfo(']],
    ['session_c', ['session_count']],
    ['ss[0]["us', ['ss[0]["userAgent"]', 'ss[0]["username"]']],
    ["ss[-1]['pro", ["ss[-1]['project']"]],
    ['ss[0].has', ['ss[0].has_key(']],
    ['len(ss).x', []],
    ['ss["', []],
  ])('%s', async (text, expected) => {
    expect(await session.completions(text)).toEqual(expected);
  });
});
