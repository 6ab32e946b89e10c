import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { REPO_ROOT, SMALL_FIXTURE } from '../helpers.js';
import { describeWithTmux, occurrences, TmuxTerminal } from './tmux.js';

// The REPL driven through a real pseudo-terminal (tmux), keys in, screen out, as a person would.
// Each step waits for what a person would wait for (the output, the next prompt) before typing on.

const CLI = join(REPO_ROOT, 'dist/cli.cjs');

describeWithTmux('perspective-sandbox repl at a terminal', () => {
  let terminals: TmuxTerminal[] = [];
  afterEach(() => {
    for (const terminal of terminals) terminal.kill();
    terminals = [];
  });

  function start(home = mkdtempSync(join(tmpdir(), 'ps-repl-home-'))): { terminal: TmuxTerminal; home: string } {
    const terminal = new TmuxTerminal(`node ${CLI} repl --sessions ${SMALL_FIXTURE}`, {
      HOME: home,
      PERSPECTIVE_SANDBOX_HISTORY: join(home, 'history'),
    });
    terminals.push(terminal);
    return { terminal, home };
  }

  async function enter(terminal: TmuxTerminal, line: string): Promise<string> {
    const prompts = occurrences(terminal.screen(), '>>> ');
    terminal.type(line);
    terminal.keys('Enter');
    return terminal.waitFor((screen) => occurrences(screen, '>>> ') > prompts && screen.endsWith('>>>'), `the prompt after ${line}`);
  }

  it('shows the banner, runs a multi-line for block, echoes values and binds _', async () => {
    const { terminal } = start();
    const banner = await terminal.waitForPrompt();
    expect(banner).toContain('Python 2.7 (perspective-sandbox, Skulpt; Jython 2.7 compatible)');
    expect(banner).toContain('Type ".help" for commands; system.perspective.getSessionInfo() lists the sessions.');

    terminal.type('for i in range(3):');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('...'), 'the continuation prompt');
    terminal.type('    print i * 2');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('print i * 2\n...'), 'a second continuation prompt');
    terminal.keys('Enter');
    let screen = await terminal.waitFor((s) => s.endsWith('>>>'), 'the prompt after the block');
    expect(screen).toContain('>>> for i in range(3):\n...     print i * 2\n...\n0\n2\n4\n>>>');

    screen = await enter(terminal, '6 * 7');
    expect(screen).toMatch(/>>> 6 \* 7\n42\n>>>$/);
    screen = await enter(terminal, '_ + 1');
    expect(screen).toMatch(/>>> _ \+ 1\n43\n>>>$/);
    screen = await enter(terminal, 'None');
    expect(screen).toMatch(/>>> None\n>>>$/);
    screen = await enter(terminal, 'len(system.perspective.getSessionInfo())');
    expect(screen).toMatch(/getSessionInfo\(\)\)\n4\n>>>$/);
    screen = await enter(terminal, '1/0');
    expect(screen).toMatch(/ZeroDivisionError: integer division or modulo by zero\n>>>$/);
  });

  it('runs a pasted block, and a bracket continued on an indented line without waiting for a blank line', async () => {
    const { terminal } = start();
    await terminal.waitForPrompt();
    terminal.paste([
      'def ids(user=None):',
      '    return [s.id for s in system.perspective.getSessionInfo(user)]',
      '',
      'ids("billy")',
      'pair = (len(ids()),',
      '        len(ids("Billy")))',
      'pair',
      '',
    ].join('\n'));
    const screen = await terminal.waitFor((s) => s.endsWith('(4, 1)\n>>>'), 'the pasted entries to run');
    expect(screen).toContain("[u's1', u's3']\n");
  });

  it('completes system.perspective.getS with Tab', async () => {
    const { terminal } = start();
    await terminal.waitForPrompt();
    terminal.type('system.perspective.getS');
    terminal.keys('Tab');
    await terminal.waitFor((s) => s.endsWith('>>> system.perspective.getSessionInfo('), 'the completed name');
    terminal.type('"billy")');
    terminal.keys('Enter');
    const screen = await terminal.waitFor((s) => s.endsWith('>>>'), 'the prompt after the call');
    expect(screen).toContain("u'id': u's1'");
    expect(screen).toContain("u'id': u's3'");
    expect(screen).not.toContain("u'id': u's2'");
  });

  it('Ctrl-C interrupts while True: pass and keeps the globals; Ctrl-C at the prompt clears the input', async () => {
    const { terminal } = start();
    await terminal.waitForPrompt();
    await enter(terminal, 'kept = 41');
    await enter(terminal, 'started = True');
    // The loop says when it runs (the entry is checked by the compiler first; a Ctrl-C then would cancel it).
    terminal.type('while True:');
    terminal.keys('Enter');
    terminal.type('    if started: print "looping"; started = False');
    terminal.keys('Enter');
    // A block statement stays open until a blank line (as in CPython's interactive mode).
    await terminal.waitFor((s) => s.endsWith('started = False\n...'), 'the continuation prompt');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('\nlooping'), 'the loop to start');
    terminal.keys('C-c');
    let screen = await terminal.waitFor((s) => /KeyboardInterrupt\n>>>$/.test(s), 'KeyboardInterrupt and a prompt');
    expect(screen).toMatch(/\nlooping\nTraceback \(most recent call last\):\n {2}File "<stdin>", line [12], in <module>\n {4}.+\nKeyboardInterrupt\n>>>$/);
    screen = await enter(terminal, 'kept + 1');
    expect(screen).toMatch(/>>> kept \+ 1\n42\n>>>$/);

    terminal.type('if kept:');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('...'), 'the continuation prompt');
    terminal.type('    half typed');
    terminal.keys('C-c');
    screen = await terminal.waitFor((s) => /\.\.\.     half typed\nKeyboardInterrupt\n>>>$/.test(s), 'the input cleared');
    screen = await enter(terminal, 'kept');
    expect(screen).toMatch(/>>> kept\n41\n>>>$/);

    // Ctrl-C right behind Enter, before the loop may even have started: it must not run on regardless.
    const before = occurrences(terminal.screen(), 'KeyboardInterrupt');
    terminal.type('while True: pass');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('>>> while True: pass\n...'), 'the continuation prompt');
    terminal.keys('Enter', 'C-c');
    await terminal.waitFor((s) => occurrences(s, 'KeyboardInterrupt') > before && s.endsWith('KeyboardInterrupt\n>>>'), 'the early Ctrl-C', 10_000);
    screen = await enter(terminal, 'kept');
    expect(screen).toMatch(/>>> kept\n41\n>>>$/);
  });

  it('a second Ctrl-C stops a native loop by restarting the sandbox, and says the globals were lost', async () => {
    const { terminal } = start();
    await terminal.waitForPrompt();
    await enter(terminal, 'import itertools; lost = 1');
    terminal.type('sum(itertools.count())');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith('>>> sum(itertools.count())'), 'the loop to start');
    terminal.keys('C-c');
    terminal.keys('C-c');
    let screen = await terminal.waitFor((s) => s.endsWith('>>>') && s.includes('restarted'), 'the restart notice');
    expect(screen).toContain('KeyboardInterrupt\nperspective-sandbox: the code did not stop at Ctrl-C, so the sandbox was restarted; all globals were lost\n>>>');
    screen = await enter(terminal, 'lost');
    expect(screen).toMatch(/NameError: name 'lost' is not defined\n>>>$/);
    screen = await enter(terminal, 'len(system.perspective.getSessionInfo())');
    expect(screen).toMatch(/\n4\n>>>$/);
  });

  it('completes session keys after s[" and prints help for getSessionInfo', async () => {
    const { terminal } = start();
    await terminal.waitForPrompt();
    await enter(terminal, 's = system.perspective.getSessionInfo()[0]');
    terminal.type('s["userN');
    terminal.keys('BSpace', 'n', 'a', 'Tab');
    await terminal.waitFor((s) => s.endsWith('>>> s["username"]'), 'the completed key');
    terminal.keys('Enter');
    await terminal.waitFor((s) => s.endsWith("u'billy'\n>>>"), 'the value');
    const screen = await enter(terminal, 'help(system.perspective.getSessionInfo)');
    expect(screen).toContain('>>> help(system.perspective.getSessionInfo)\ngetSessionInfo(usernameFilter=None, projectFilter=None)\n');
    expect(screen).toContain('Returns:\n    list:');
  });

  it('.reset drops the globals', async () => {
    const { terminal } = start();
    await terminal.waitForPrompt();
    await enter(terminal, 'gone = 1');
    let screen = await enter(terminal, '.reset');
    expect(screen).toMatch(/>>> \.reset\n\(all globals dropped\)\n>>>$/);
    screen = await enter(terminal, 'gone');
    expect(screen).toMatch(/NameError: name 'gone' is not defined\n>>>$/);
    screen = await enter(terminal, 'len(system.perspective.getSessionInfo("billy"))');
    expect(screen).toMatch(/\n2\n>>>$/);
  });

  it('recalls history from an earlier run with Up, and Ctrl-D exits with status 0', async () => {
    const first = start();
    await first.terminal.waitForPrompt();
    await enter(first.terminal, 'remembered = "from the first run"');
    first.terminal.keys('C-d');
    const exited = await first.terminal.waitForText('EXIT=');
    expect(exited).toMatch(/EXIT=0$/);
    expect(readFileSync(join(first.home, 'history'), 'utf8')).toBe('remembered = "from the first run"\n');

    const second = start(first.home);
    await second.terminal.waitForPrompt();
    second.terminal.keys('Up');
    await second.terminal.waitFor((s) => s.endsWith('>>> remembered = "from the first run"'), 'the recalled line');
    second.terminal.keys('Enter');
    await second.terminal.waitFor((s) => s.endsWith('"from the first run"\n>>>'), 'the prompt after the recalled line');
    const screen = await enter(second.terminal, 'remembered');
    expect(screen).toMatch(/>>> remembered\n'from the first run'\n>>>$/);
    second.terminal.keys('C-d');
    expect(await second.terminal.waitForText('EXIT=')).toMatch(/EXIT=0$/);
  });
});
