import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO_ROOT, SMALL_FIXTURE } from '../helpers.js';
import { describeWithTmux, occurrences, TmuxTerminal } from './tmux.js';

// The REPL at a real terminal (tmux), next to CPython's and Ignition's Script Console: interrupting a sleep,
// tracebacks through earlier entries, completion after an index and of attributes, help(session), dedents.

const CLI = join(REPO_ROOT, 'dist/cli.cjs');

describeWithTmux('perspective-sandbox repl: entries as people type them', () => {
  let terminals: TmuxTerminal[] = [];
  afterEach(() => {
    for (const terminal of terminals) terminal.kill();
    terminals = [];
  });

  async function start(): Promise<TmuxTerminal> {
    const home = mkdtempSync(join(tmpdir(), 'ps-repl-home-'));
    const terminal = new TmuxTerminal(`node ${CLI} repl --sessions ${SMALL_FIXTURE}`, { HOME: home, PERSPECTIVE_SANDBOX_HISTORY: '' });
    terminals.push(terminal);
    await terminal.waitForPrompt();
    return terminal;
  }

  async function enter(terminal: TmuxTerminal, line: string): Promise<string> {
    const prompts = occurrences(terminal.screen(), '>>> ');
    terminal.type(line);
    terminal.keys('Enter');
    return terminal.waitFor((screen) => occurrences(screen, '>>> ') > prompts && screen.endsWith('>>>'), `the prompt after ${line}`);
  }

  it('Ctrl-C interrupts time.sleep at once and keeps the globals (no restart)', async () => {
    const terminal = await start();
    await enter(terminal, 'kept = 41');
    await enter(terminal, 'import time');
    terminal.type('print "sleeping"; time.sleep(100)');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('\nsleeping'), 'the sleep to start');
    terminal.keys('C-c');
    let screen = await terminal.waitFor((s) => /KeyboardInterrupt\n>>>$/.test(s), 'KeyboardInterrupt and a prompt');
    expect(screen).toMatch(/\nsleeping\nTraceback \(most recent call last\):\n {2}File "<stdin>", line 1, in <module>\n {4}print "sleeping"; time\.sleep\(100\)\nKeyboardInterrupt\n>>>$/);
    expect(screen).not.toContain('restarted');
    screen = await enter(terminal, 'kept + 1');
    expect(screen).toMatch(/>>> kept \+ 1\n42\n>>>$/);
  });

  it('names functions from earlier entries in tracebacks, with their source line', async () => {
    const terminal = await start();
    terminal.paste('def h(x):\n    return 1 / x\n\n');
    await terminal.waitFor((s) => s.includes('return 1 / x') && occurrences(s, '>>>') === 2 && s.endsWith('>>>'), 'the def to run');
    const screen = await enter(terminal, 'h(0)');
    expect(screen).toMatch(/>>> h\(0\)\nTraceback \(most recent call last\):\n {2}File "<stdin>", line 1, in <module>\n {4}h\(0\)\n {2}File "<stdin>", line 2, in h\n {4}return 1 \/ x\nZeroDivisionError: integer division or modulo by zero\n>>>$/);
  });

  it('completes keys after an index (sessions[0]["pro) and keys as attributes (s.us)', async () => {
    const terminal = await start();
    await enter(terminal, 'sessions = system.perspective.getSessionInfo()');
    terminal.type('sessions[0]["pro');
    terminal.keys('Tab');
    await terminal.waitFor((s) => s.endsWith('>>> sessions[0]["project"]'), 'the completed key');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith("u'MyProject'\n>>>"), 'the value');
    await enter(terminal, 's = sessions[0]');
    // userAgent and username: Tab completes the common part, then the rest once it is unambiguous.
    terminal.type('s.us');
    terminal.keys('Tab');
    await terminal.waitFor((s) => s.endsWith('>>> s.user'), 'the common part of userAgent and username');
    terminal.type('n');
    terminal.keys('Tab');
    await terminal.waitFor((s) => s.endsWith('>>> s.username'), 'the completed attribute');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith("u'billy'\n>>>"), 'the value');
  });

  it('help(session) describes the session object and its keys', async () => {
    const terminal = await start();
    await enter(terminal, 'sessions = system.perspective.getSessionInfo()');
    const screen = await enter(terminal, 'help(sessions[0])');
    expect(screen).not.toContain('The most base type');
    expect(screen).toContain('>>> help(sessions[0])\nPyJsonObjectAdapter: one Perspective session, as system.perspective.getSessionInfo() returns it.\n');
    expect(screen).toMatch(/\n {2}username {9}who is logged in \("Unauthenticated" if nobody\) +u'billy'\n/);
    expect(screen).toMatch(/\n {2}pageIds {10}ids of the open pages +\[u'p1', u'p2'\]\n>>>$/);
  });

  it('a dedented line at ... ends the block: the block and that line run together (as the README says)', async () => {
    const terminal = await start();
    terminal.type('for i in range(2):');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('...'), 'the continuation prompt');
    terminal.type('    print i');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('print i\n...'), 'a second continuation prompt');
    terminal.type('print "done"');
    terminal.keys('Enter');
    const screen = await terminal.waitFor((s) => s.endsWith('>>>'), 'the prompt after the dedented line');
    expect(screen).toMatch(/>>> for i in range\(2\):\n\.\.\. {5}print i\n\.\.\. print "done"\n0\n1\ndone\n>>>$/);
  });
});
