import { readFileSync } from 'node:fs';
import { effectLine } from '../bindings/effects/effect-lines.js';
import type { Effect } from '../bindings/effects/effect-log.js';
import type { SessionRecord } from '../bindings/session.js';
import { EXIT, type Interpreter, type RunResult } from '../runtime/index.js';
import { BARE_HELP, META_HELP } from './banner.js';
import { startsCompoundStatement } from './compound-statement.js';
import { helpEntry } from './help-entry.js';
import { parseMetaCommand, type MetaCommand } from './meta-command.js';
import { sessionsTable } from './sessions-table.js';

export interface Writer { write(text: string): unknown }

/** What the engine needs from its surroundings. */
export interface ReplHost {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** Where the REPL's own remarks go ("globals cleared"): stdout at a terminal, stderr when piped. */
  readonly notices: Writer;
  /** A fresh interpreter (after a kill or a hard limit) whose output goes to stdout/stderr. */
  createInterpreter(): Promise<Interpreter>;
  /** The backend's current sessions, for `.sessions`. */
  listSessions(): Promise<SessionRecord[]>;
  /** Every effect so far, for `.effects`; absent when nothing records them. */
  listEffects?(): readonly Effect[];
  /** The exit status a failed entry stands for (default: its exitCode); `--limit-exit-codes` moves the limits'. */
  exitStatus?(result: RunResult): number;
  /** `.clear`; absent when there is no screen (piped input). */
  clearScreen?(): void;
}

/** `exit`: leave with this status; 'eof' = as at end of input (the front end picks the status). */
export interface FeedResult { readonly exit?: number | 'eof' }

const FILENAME = '<stdin>';

/**
 * The REPL without a terminal: feeds lines, groups them into entries with the compiler's verdict
 * (complete / incomplete / invalid), runs them in 'single' mode, answers meta commands and `help(...)`,
 * and restarts the sandbox when it died (a second Ctrl-C, a hard limit). Front ends: terminal.ts, piped.ts.
 */
export class ReplEngine {
  private buffer: string[] = [];
  private running = false;
  private interrupts = 0;
  /** An entry is between its line arriving and its run starting (the compiler is asked). */
  private checking = false;
  private cancelled = false;
  private ownsInterpreter: boolean;
  /** The exit code of the most recent failed entry (0 if none failed), for piped input. */
  lastErrorCode = 0;

  constructor(private interpreter: Interpreter, private readonly host: ReplHost, options: { ownsInterpreter: boolean }) {
    this.ownsInterpreter = options.ownsInterpreter;
  }

  /** `>>> ` for a new entry, `... ` while a block, bracket or triple-quoted string is open. */
  get prompt(): string {
    return this.buffer.length === 0 ? '>>> ' : '... ';
  }

  /** True while Python code runs. */
  get busy(): boolean {
    return this.running;
  }

  /** Drops the lines typed so far (Ctrl-C at the prompt). */
  clearBuffer(): void {
    this.buffer = [];
  }

  /**
   * Ctrl-C. While code runs: KeyboardInterrupt first; the second kills the sandbox (restarted afterwards).
   * While an entry is being checked: it will not run ('cancelled'; its lines are dropped).
   */
  interrupt(): 'interrupted' | 'killed' | 'cancelled' | 'idle' {
    if (!this.running) {
      if (!this.checking) return 'idle';
      this.cancelled = true;
      return 'cancelled';
    }
    this.interrupts++;
    if (this.interrupts === 1) {
      this.interpreter.interrupt();
      return 'interrupted';
    }
    if (this.interrupts === 2) void this.interpreter.kill();
    return 'killed';
  }

  async feed(line: string): Promise<FeedResult> {
    if (this.buffer.length === 0) {
      const meta = parseMetaCommand(line);
      if (meta) return this.meta(meta);
      if (line.trim() === '') return {};
    }
    this.buffer.push(line);
    const source = this.buffer.join('\n');
    this.checking = true;
    this.cancelled = false;
    let verdict: 'complete' | 'incomplete' | 'invalid';
    try {
      verdict = await this.withLiveInterpreter(() => this.verdict(source));
    } finally {
      this.checking = false;
    }
    if (this.cancelled) {
      this.buffer = [];
      return {};
    }
    if (verdict === 'incomplete') return {};
    this.buffer = [];
    return this.entry(source, verdict === 'invalid');
  }

  /**
   * The compiler's verdict on the buffer. The compiler keeps any entry with an indented line open until
   * a blank line; for an entry that is not a compound statement (a bracket continued on an indented
   * line) the REPL asks whether it compiles as it stands, and runs it if so, as CPython does.
   */
  private async verdict(source: string): Promise<'complete' | 'incomplete' | 'invalid'> {
    const { status } = await this.interpreter.completeness(source);
    if (status !== 'incomplete' || source.endsWith('\n') || startsCompoundStatement(this.buffer[0] ?? '')) return status;
    return (await this.interpreter.completeness(`${source}\n`)).status === 'complete' ? 'complete' : 'incomplete';
  }

  /** End of input: runs what is left in the buffer (an unclosed bracket then reports its SyntaxError). */
  async flush(): Promise<FeedResult> {
    if (this.buffer.length === 0) return {};
    const source = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    const verdict = await this.withLiveInterpreter(() => this.interpreter.completeness(source));
    return this.entry(source, verdict.status !== 'complete');
  }

  /** Tab completions from the current interpreter (whole replacements for `text`). */
  completions(text: string): Promise<string[]> {
    return this.interpreter.alive ? this.interpreter.completions(text) : Promise.resolve([]);
  }

  async dispose(): Promise<void> {
    if (this.ownsInterpreter) await this.interpreter.dispose();
  }

  private async entry(source: string, invalid: boolean): Promise<FeedResult> {
    const help = invalid ? undefined : helpEntry(source);
    if (help?.kind === 'bare') {
      this.host.stdout.write(BARE_HELP);
      return {};
    }
    // 'single' echoes expression values. An invalid entry runs in 'exec' mode only to get its SyntaxError
    // reported (with its own source line); help's print statement has nothing to echo.
    const result = await this.run(help?.source ?? source, FILENAME, invalid || help !== undefined ? 'exec' : 'single');
    return this.settle(result);
  }

  private async run(source: string, filename: string, mode: 'exec' | 'single'): Promise<RunResult> {
    this.running = true;
    this.interrupts = 0;
    let result: RunResult;
    try {
      result = await this.interpreter.exec(source, { filename, mode });
    } finally {
      this.running = false;
    }
    // `print "a",` leaves the line open; Python 2 ends it before the next prompt (softspace).
    if (result.stdout !== '' && !result.stdout.endsWith('\n')) this.host.stdout.write('\n');
    if (!this.interpreter.alive) await this.restart(this.interrupts >= 2);
    return result;
  }

  private settle(result: RunResult): FeedResult {
    // sys.exit(n) / raise SystemExit leave the REPL, as in Python, sys.exit(0) included.
    if (result.exited === true) return { exit: result.exitCode };
    if (result.exitCode === EXIT.ok) return {};
    this.lastErrorCode = this.interrupts >= 2 ? EXIT.interrupted : this.host.exitStatus?.(result) ?? result.exitCode;
    return {};
  }

  private async restart(killedByUser: boolean): Promise<void> {
    if (killedByUser) this.host.stderr.write('KeyboardInterrupt\n');
    const why = killedByUser ? 'the code did not stop at Ctrl-C, so the sandbox was restarted' : 'the sandbox stopped and was restarted';
    this.host.stderr.write(`perspective-sandbox: ${why}; all globals were lost\n`);
    const dead = this.interpreter;
    this.interpreter = await this.host.createInterpreter();
    if (this.ownsInterpreter) await dead.dispose();
    this.ownsInterpreter = true;
  }

  /** Runs an interpreter request; if the sandbox had died meanwhile, restarts it and asks again. */
  private async withLiveInterpreter<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (err) {
      if (this.interpreter.alive) throw err;
      await this.restart(false);
      return request();
    }
  }

  private async meta(command: MetaCommand): Promise<FeedResult> {
    switch (command.name) {
      case 'exit':
        return { exit: 'eof' };
      case 'help':
        this.host.stdout.write(META_HELP);
        return {};
      case 'clear':
        this.host.clearScreen?.();
        return {};
      case 'reset':
        await this.withLiveInterpreter(() => this.interpreter.reset());
        this.host.notices.write('(all globals dropped)\n');
        return {};
      case 'sessions':
        try {
          this.host.stdout.write(sessionsTable(await this.host.listSessions()));
        } catch (err) {
          this.host.stderr.write(`perspective-sandbox: cannot list sessions: ${err instanceof Error ? err.message : String(err)}\n`);
          this.lastErrorCode = EXIT.usage;
        }
        return {};
      case 'effects':
        this.host.stdout.write(effectsListing(this.host.listEffects?.()));
        return {};
      case 'load':
        return this.load(command.argument);
      case 'unknown':
        this.host.stderr.write(`perspective-sandbox: unknown command .${command.argument}; .help lists the commands\n`);
        return {};
    }
  }

  private async load(file: string): Promise<FeedResult> {
    if (file === '') {
      this.host.stderr.write('perspective-sandbox: .load needs a file name: .load FILE.py\n');
      return {};
    }
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (err) {
      this.host.stderr.write(`perspective-sandbox: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      this.lastErrorCode = EXIT.exception;
      return {};
    }
    return this.settle(await this.run(source, file, 'exec'));
  }
}

/** `.effects`: one numbered line per effect (see effectLine). */
function effectsListing(effects: readonly Effect[] | undefined): string {
  if (effects === undefined) return '(effects are not recorded in this REPL)\n';
  if (effects.length === 0) return '(no effects)\n';
  return effects.map((e) => `${e.seq}. ${effectLine(e)}\n`).join('');
}
