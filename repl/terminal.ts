import { clearScreenDown, createInterface, cursorTo, type Interface } from 'node:readline';
import { complete, type CompletionSource } from './completion.js';
import type { ReplEngine } from './engine.js';
import { HISTORY_SIZE, loadHistory, saveHistory } from './history-file.js';

export interface TerminalOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Printed once before the first prompt (none after `run -i`, like `python -i`). */
  readonly banner?: string;
  /** The persistent history file; undefined keeps history for this run only. */
  readonly historyFile?: string;
  readonly completions: CompletionSource;
}

/** Clears a terminal screen and puts the cursor home (`.clear`). */
export function clearTerminal(output: NodeJS.WritableStream): void {
  cursorTo(output, 0, 0);
  clearScreenDown(output);
}

/**
 * The REPL at a terminal: node:readline for editing, history and completion; lines are fed to the
 * engine one at a time (pasted blocks queue up). Ctrl-C interrupts running code or clears the input;
 * Ctrl-D on an empty line exits. Resolves with the exit status (0, or n after sys.exit(n)).
 */
export function runTerminal(engine: ReplEngine, options: TerminalOptions): Promise<number> {
  const { output } = options;
  const rl = createInterface({
    input: options.input,
    output,
    terminal: true,
    prompt: engine.prompt,
    history: loadHistory(options.historyFile),
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: false,
    tabSize: 4,
    completer: (line: string, callback: (err: Error | null, result: [string[], string]) => void) => {
      void complete(line, options.completions).then((result) => callback(null, result));
    },
  });
  rl.on('history', (history: string[]) => saveHistory(options.historyFile, history));
  if (options.banner !== undefined) output.write(options.banner);

  const queue: string[] = [];
  let draining = false;
  let closed = false;
  /** Ctrl-C came while an entry was being checked (not run): cancel the input once that is done. */
  let cancelInput = false;
  let exitCode: number | undefined;

  return new Promise<number>((resolve) => {
    const finish = () => {
      if (exitCode === undefined) output.write('\n');
      resolve(exitCode ?? 0);
    };
    const prompt = () => {
      rl.setPrompt(engine.prompt);
      rl.prompt();
    };
    const cancel = () => {
      cancelInput = false;
      clearInput(rl, output);
      output.write('KeyboardInterrupt\n');
      engine.clearBuffer();
      prompt();
    };
    const drain = async () => {
      if (draining) return;
      draining = true;
      try {
        while (queue.length > 0 && exitCode === undefined) {
          const result = await engine.feed(queue.shift() as string);
          if (result.exit !== undefined) exitCode = result.exit === 'eof' ? 0 : result.exit;
        }
      } catch (err) {
        output.write(`perspective-sandbox: ${err instanceof Error ? err.message : String(err)}\n`);
        engine.clearBuffer();
      } finally {
        draining = false;
      }
      if (exitCode !== undefined && !closed) {
        rl.close();
        return;
      }
      if (closed) finish();
      else if (queue.length > 0) void drain();
      else if (cancelInput) cancel();
      else prompt();
    };

    rl.on('line', (line: string) => {
      queue.push(line);
      void drain();
    });
    rl.on('SIGINT', () => {
      queue.length = 0;
      const stopped = engine.interrupt();
      if (stopped === 'interrupted' || stopped === 'killed') return;
      if (draining) cancelInput = true;
      else cancel();
    });
    rl.on('close', () => {
      closed = true;
      if (!draining) finish();
    });
    prompt();
  });
}

/** Moves below the current input and forgets it, as Python does when Ctrl-C is pressed at a prompt. */
function clearInput(rl: Interface, output: NodeJS.WritableStream): void {
  const internal = rl as unknown as { clearLine?: () => void };
  if (typeof internal.clearLine === 'function') {
    internal.clearLine();
    return;
  }
  rl.write(null, { ctrl: true, name: 'e' });
  output.write('\n');
  rl.write(null, { ctrl: true, name: 'u' });
}
