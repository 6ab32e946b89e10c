import { EffectLog } from '../bindings/effects/effect-log.js';
import { createIgnitionInterpreter, demoSessionsFile } from '../bindings/run-script.js';
import { EXIT } from '../runtime/index.js';
import { parseCommandLine } from './command-line.js';
import { backendFrom, exitForSetupError, limitsFrom, machineFrom, parseSharedOptions, projectOptionsFrom, SHARED_OPTION_SPEC, SHARED_OPTIONS_HELP } from './common-options.js';
import { streamEffectsTo } from './effects-file.js';
import { onInterruptSignal } from './interrupt-signal.js';
import type { CommandIo } from './io.js';
import { exitStatus } from './limit-exit-codes.js';
import { readScript } from './read-script.js';

export const RUN_HELP = `Usage: perspective-sandbox run [options] FILE.py [ARGS...]
       perspective-sandbox run [options] -c 'CODE' [ARGS...]
       perspective-sandbox run [options] - [ARGS...]     (read the script from stdin)

Runs an Ignition (Jython 2.7) script in the sandbox, with system.perspective.getSessionInfo
over the chosen sessions. Script output goes to stdout, errors and tracebacks to stderr.
As with python, everything after the script (or after -c CODE) is the script's: sys.argv is
['FILE.py', ARGS...] (['-c', ARGS...], ['-', ARGS...]); '--' also ends the options.

${SHARED_OPTIONS_HELP}
Other:
  -c CODE                    run CODE instead of a file
  -i                         stay interactive after the script, with its globals (like python -i)
  -h, --help                 show this help

Exit codes:
  0  success          1  uncaught Python exception     2  usage error, bad fixture, gateway unavailable
  3  time limit       4  memory limit                  5  output limit   (124/125/126 with --limit-exit-codes)
  130 KeyboardInterrupt (Ctrl-C)                       n  the script called sys.exit(n)
A script's sys.exit(3), (4), (5) look like the limits; use --limit-exit-codes where that matters.
`;

const RUN_OPTIONS = {
  ...SHARED_OPTION_SPEC,
  c: { type: 'string', short: 'c', value: 'CODE' },
  i: { type: 'boolean', short: 'i' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  // Ctrl-C before the script runs ends the command at once, as it would without a handler.
  const early = onInterruptSignal({ interrupt: () => process.exit(EXIT.interrupted), kill: () => undefined });
  let effectsFile: { close(): void } | undefined;
  try {
    const parsed = parseCommandLine(argv, RUN_OPTIONS, { command: 'run', stopAtFirstPositional: true, stopAfter: ['c'] });
    if (parsed.values['help'] === true) {
      io.stdout.write(RUN_HELP);
      return EXIT.ok;
    }
    const options = parseSharedOptions(parsed.values);
    const code = parsed.values['c'];
    const script = await readScript(parsed.positionals, typeof code === 'string' ? code : undefined, () => io.readStdin());
    const effects = new EffectLog();
    if (options.effects !== undefined) effectsFile = streamEffectsTo(options.effects, effects);
    const backend = await backendFrom(options, demoSessionsFile());
    const interpreter = await createIgnitionInterpreter({
      backend,
      effects,
      ignitionVersion: options['ignition-version'] ?? '8.0',
      limits: limitsFrom(options),
      ...machineFrom(options),
      ...projectOptionsFrom(options),
      argv: script.argv,
      onStdout: (text) => io.stdout.write(text),
      onStderr: (text) => io.stderr.write(text),
    });
    early.remove();
    try {
      const signal = onInterruptSignal({ interrupt: () => interpreter.interrupt(), kill: () => void interpreter.kill() });
      let result;
      try {
        result = await interpreter.exec(script.source, { filename: script.filename });
      } finally {
        signal.remove();
      }
      if (signal.count() >= 2 && !interpreter.alive) {
        io.stderr.write('KeyboardInterrupt\n');
        return EXIT.interrupted;
      }
      if (parsed.values['i'] === true && io.interactive !== undefined) return await io.interactive(interpreter, options);
      return exitStatus(result, options['limit-exit-codes'] === true);
    } finally {
      await interpreter.dispose();
      await backend.dispose?.();
    }
  } catch (err) {
    return exitForSetupError(err, io, 'run');
  } finally {
    early.remove();
    effectsFile?.close();
  }
}
