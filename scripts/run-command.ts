import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createIgnitionInterpreter, demoSessionsFile } from '../bindings/run-script.js';
import { EXIT } from '../runtime/index.js';
import { backendFrom, exitForSetupError, limitsFrom, parseSharedOptions, SHARED_OPTION_SPEC, SHARED_OPTIONS_HELP, UsageError } from './common-options.js';
import type { CommandIo } from './io.js';

export const RUN_HELP = `Usage: perspective-sandbox run FILE.py [options]
       perspective-sandbox run -c 'CODE' [options]
       perspective-sandbox run - [options]            (read the script from stdin)

Runs an Ignition (Jython 2.7) script in the sandbox, with system.perspective.getSessionInfo
over the chosen sessions. Script output goes to stdout, errors and tracebacks to stderr.

${SHARED_OPTIONS_HELP}
Other:
  -c CODE                    run CODE instead of a file
  -i                         stay interactive after the script, with its globals (like python -i)
  -h, --help                 show this help

Exit codes:
  0  success          1  uncaught Python exception     2  usage error, bad fixture, gateway unavailable
  3  time limit       4  memory limit                  5  output limit
  130 KeyboardInterrupt                                n  the script called sys.exit(n)
`;

interface Script { source: string; filename: string }

function readScript(positionals: string[], code: string | undefined, io: CommandIo): Promise<Script> | Script {
  if (code !== undefined) {
    if (positionals.length > 0) throw new UsageError('give a script file or -c CODE, not both');
    return { source: code, filename: '<string>' };
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no script given' : 'give exactly one script file');
  const file = positionals[0] as string;
  if (file === '-') return io.readStdin().then((source) => ({ source, filename: '<stdin>' }));
  try {
    return { source: readFileSync(file, 'utf8'), filename: file };
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

export async function runCommand(argv: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...SHARED_OPTION_SPEC, c: { type: 'string', short: 'c' }, i: { type: 'boolean', short: 'i' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    return io.usageError('run', (err as Error).message);
  }
  if (parsed.values.help) {
    io.stdout.write(RUN_HELP);
    return EXIT.ok;
  }
  try {
    const options = parseSharedOptions(parsed.values);
    const script = await readScript(parsed.positionals, parsed.values.c, io);
    const backend = await backendFrom(options, demoSessionsFile());
    const interpreter = await createIgnitionInterpreter({
      backend,
      ignitionVersion: options['ignition-version'] ?? '8.0',
      limits: limitsFrom(options),
      onStdout: (text) => io.stdout.write(text),
      onStderr: (text) => io.stderr.write(text),
    });
    try {
      const result = await interpreter.exec(script.source, { filename: script.filename });
      if (parsed.values.i && io.interactive !== undefined) return await io.interactive(interpreter, options);
      return result.exitCode;
    } finally {
      await interpreter.dispose();
      await backend.dispose?.();
    }
  } catch (err) {
    return exitForSetupError(err, io, 'run');
  }
}
