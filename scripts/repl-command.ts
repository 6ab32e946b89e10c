import type { SessionBackend } from '../bindings/backend.js';
import { EffectLog } from '../bindings/effects/effect-log.js';
import { createIgnitionInterpreter, demoSessionsFile, type IgnitionInterpreter } from '../bindings/run-script.js';
import type { SessionRecord } from '../bindings/session.js';
import { runRepl } from '../repl/index.js';
import { EXIT, type Interpreter, type RunResult } from '../runtime/index.js';
import { parseCommandLine, UsageError } from './command-line.js';
import { backendFrom, exitForSetupError, limitsFrom, machineFrom, parseSharedOptions, projectOptionsFrom, SHARED_OPTION_SPEC, SHARED_OPTIONS_HELP, type SharedOptions } from './common-options.js';
import { streamEffectsTo } from './effects-file.js';
import { exitStatus } from './limit-exit-codes.js';
import type { CommandIo } from './io.js';

export const REPL_HELP = `Usage: perspective-sandbox repl [options]

An interactive Python 2.7 (Jython-compatible) prompt with system.perspective.getSessionInfo over
the chosen sessions, like Ignition's Script Console. Globals persist between entries; the limits
apply to each entry. With stdin not a terminal, runs the piped statements like \`python -i < file\`
without prompts and exits with the status of the last error.

${SHARED_OPTIONS_HELP}
Other:
  -h, --help                 show this help

At the prompt: .help lists the commands (.clear .reset .sessions .effects .load FILE .exit);
help(obj) shows documentation; Tab completes; Ctrl-C interrupts; Ctrl-D exits.
History: $PERSPECTIVE_SANDBOX_HISTORY (default ~/.perspective_sandbox_history, empty = off), 1000 lines.
`;

/** Sessions for the REPL: the first, and fresh ones after a restart, all over one backend. */
function interpreterFactory(backend: () => Promise<SessionBackend>, options: SharedOptions, effects: EffectLog): () => Promise<Interpreter> {
  return async () => createIgnitionInterpreter({
    backend: await backend(),
    effects,
    ignitionVersion: options['ignition-version'] ?? '8.0',
    limits: limitsFrom(options),
    ...machineFrom(options),
    ...projectOptionsFrom(options),
    onStdout: (text) => process.stdout.write(text),
    onStderr: (text) => process.stderr.write(text),
  });
}

function statusOf(options: SharedOptions): (result: RunResult) => number {
  return (result) => exitStatus(result, options['limit-exit-codes'] === true);
}

function listSessions(backend: () => Promise<SessionBackend>): () => Promise<SessionRecord[]> {
  return async () => (await backend()).listSessions({ username: null, project: null });
}

export async function replCommand(argv: string[], io: CommandIo): Promise<number> {
  let backend: SessionBackend | undefined;
  let effectsFile: { close(): void } | undefined;
  try {
    const parsed = parseCommandLine(argv, { ...SHARED_OPTION_SPEC, help: { type: 'boolean', short: 'h' } }, { command: 'repl' });
    if (parsed.values['help'] === true) {
      io.stdout.write(REPL_HELP);
      return EXIT.ok;
    }
    const [extra] = parsed.positionals;
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`, `The REPL takes no file; to run one and stay interactive: perspective-sandbox run -i ${extra}`);
    const options = parseSharedOptions(parsed.values);
    const effects = new EffectLog();
    if (options.effects !== undefined) effectsFile = streamEffectsTo(options.effects, effects);
    const ready = await backendFrom(options, demoSessionsFile());
    backend = ready;
    const createInterpreter = interpreterFactory(async () => ready, options, effects);
    return await runRepl({ interpreter: await createInterpreter(), ownsInterpreter: true, createInterpreter, listSessions: listSessions(async () => ready), listEffects: () => effects.list(), banner: true, exitStatus: statusOf(options) });
  } catch (err) {
    return exitForSetupError(err, io, 'repl');
  } finally {
    effectsFile?.close();
    await backend?.dispose?.();
  }
}

/**
 * `run -i`: stays interactive in the script's interpreter, with its globals. A backend of its own (made
 * on first need, from the same options) serves `.sessions` and fresh interpreters after a restart.
 */
export async function interactiveAfterScript(interpreter: IgnitionInterpreter, options: SharedOptions): Promise<number> {
  let backend: Promise<SessionBackend> | undefined;
  const lazyBackend = () => (backend ??= backendFrom(options, demoSessionsFile()));
  try {
    return await runRepl({ interpreter, ownsInterpreter: false, createInterpreter: interpreterFactory(lazyBackend, options, interpreter.effects), listSessions: listSessions(lazyBackend), listEffects: () => interpreter.effects.list(), banner: false, exitStatus: statusOf(options) });
  } finally {
    if (backend !== undefined) await (await backend.catch(() => undefined))?.dispose?.();
  }
}
