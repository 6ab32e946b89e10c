import { EXIT } from '../runtime/options.js';
import { processIo } from './io.js';
import { runCommand } from './run-command.js';

// Commands other than `run` load on demand, so a cold `run` does not evaluate the gateway, doctest or REPL code.
const repl = () => import('./repl-command.js');

const HELP = `Usage: perspective-sandbox COMMAND [options]

Ignition Perspective scripts (Jython 2.7) in a sandboxed Python 2 interpreter,
with system.perspective.getSessionInfo over fixture or live sessions.

Commands:
  run FILE.py | -c CODE | -   run a script                 (perspective-sandbox run --help)
  repl                        interactive Python prompt    (perspective-sandbox repl --help)
  doctest PATH...             check documented examples    (perspective-sandbox doctest --help)
  gateway                     serve live browser sessions  (perspective-sandbox gateway --help)

Exit codes: 0 ok, 1 Python exception, 2 usage/fixture/gateway error, 3 time limit,
4 memory limit, 5 output limit, 130 interrupted, n for sys.exit(n).
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `run -i` continues in the REPL after the script.
  const io = processIo(async (session, options) => (await repl()).interactiveAfterScript(session, options));
  switch (command) {
    case 'run': return runCommand(rest, io);
    case 'repl': return (await repl()).replCommand(rest, io);
    case 'doctest': return (await import('./doctest-command.js')).doctestCommand(rest);
    case 'gateway': return (await import('./gateway-command.js')).gatewayCommand(rest);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default:
      process.stderr.write(`perspective-sandbox: unknown command '${command}'\n${HELP}`);
      return EXIT.usage;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`perspective-sandbox: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 70;
  },
);
