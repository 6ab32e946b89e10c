import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';

/** True when the tmux binary can be run (the terminal tests are skipped without it). */
export function hasTmux(): boolean {
  return spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
}

/**
 * A suite that needs tmux: skipped on a machine without it, except under CI=true, where a missing tmux is a
 * failure (CI installs it in .ci/run), so the terminal tests cannot silently stop running.
 */
export function describeWithTmux(name: string, suite: () => void): void {
  if (hasTmux()) {
    describe(name, suite);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs tmux', () => {
        throw new Error('tmux is missing and CI=true: install the tmux package (see .ci/run)');
      });
    });
  } else {
    describe.skip(name, suite);
  }
}

const POLL_MS = 50;

/**
 * A program running in a detached tmux session on its own server socket, driven like a person would:
 * keys in with send-keys, the screen read back with capture-pane.
 */
export class TmuxTerminal {
  private readonly socket = `ps-repl-${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly target = 'repl';

  /** Starts `command` (a shell command line) in a 100x40 terminal. */
  constructor(command: string, env: Record<string, string>) {
    const exports = Object.entries(env).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
    // `sleep` keeps the pane (and the printed exit status) on screen after the program exits.
    const line = `env ${exports} ${command}; echo EXIT=$?; sleep 600`;
    this.tmux('new-session', '-d', '-s', this.target, '-x', '100', '-y', '40', line);
  }

  /** tmux key names (Enter, Tab, C-c, C-d, Up) or literal text, as `tmux send-keys` takes them. */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.target, ...keys);
  }

  /** Literal text (no key-name lookup), e.g. a line of Python. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.target, '-l', text);
  }

  /** Pastes text as a terminal paste does (tmux turns each newline into Enter). */
  paste(text: string): void {
    execFileSync('tmux', ['-L', this.socket, 'load-buffer', '-'], { input: text });
    this.tmux('paste-buffer', '-d', '-t', this.target);
  }

  /** The whole pane, scrollback included, without trailing spaces and trailing blank lines. */
  screen(): string {
    const text = this.tmux('capture-pane', '-p', '-J', '-t', this.target, '-S', '-2000');
    return text.split('\n').map((line) => line.trimEnd()).join('\n').replace(/\s+$/, '');
  }

  /** Polls the screen until `predicate` holds; throws with the screen after `timeoutMs`. */
  async waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (predicate(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Waits until `text` occurs at least `count` times on the screen. */
  waitForText(text: string, count = 1, timeoutMs?: number): Promise<string> {
    return this.waitFor((screen) => occurrences(screen, text) >= count, `${JSON.stringify(text)} x${count}`, timeoutMs);
  }

  /** Waits for the `>>> ` prompt to be the last thing on screen (the REPL is idle). */
  waitForPrompt(prompt = '>>>'): Promise<string> {
    return this.waitFor((screen) => screen.split('\n').at(-1)?.trimEnd() === prompt, `an idle ${prompt} prompt`);
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}

export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
