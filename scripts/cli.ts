import { closestName } from '../bindings/did-you-mean.js';
import { EXIT } from '../runtime/options.js';
import { processIo, usageMessage } from './io.js';
import { RUN_HELP, runCommand } from './run-command.js';
import { packageVersion } from './version.js';

// Commands other than `run` load on demand, so a cold `run` does not evaluate the gateway, doctest or REPL code.
const repl = () => import('./repl-command.js');

const HELP = `Usage: perspective-sandbox COMMAND [options]

Ignition Perspective scripts (Jython 2.7) in a sandboxed Python 2 interpreter,
with system.perspective.getSessionInfo over fixture or live sessions.

Commands:
  run FILE.py [ARGS...]       run a script (or -c CODE, or - for stdin)   (perspective-sandbox help run)
  repl                        interactive Python prompt                   (perspective-sandbox help repl)
  doctest PATH...             check documented examples                   (perspective-sandbox help doctest)
  gateway                     serve live browser sessions                 (perspective-sandbox help gateway)
  help [COMMAND]              this help, or a command's
  --version                   the version

Exit codes: 0 ok, 1 Python exception, 2 usage/fixture/gateway error, 3 time limit,
4 memory limit, 5 output limit (124/125/126 with --limit-exit-codes), 130 interrupted,
n for sys.exit(n); doctest: 1 an example failed, 5 no example selected.
`;

const COMMANDS = ['run', 'repl', 'doctest', 'gateway', 'help'] as const;

/** `help [COMMAND]`: a command's help is what `COMMAND --help` prints. */
async function help(topic: string | undefined): Promise<number> {
  switch (topic) {
    case undefined: process.stdout.write(HELP); return EXIT.ok;
    case 'run': process.stdout.write(RUN_HELP); return EXIT.ok;
    case 'repl': process.stdout.write((await repl()).REPL_HELP); return EXIT.ok;
    case 'doctest': process.stdout.write((await import('./doctest-command.js')).DOCTEST_HELP); return EXIT.ok;
    case 'gateway': process.stdout.write((await import('./gateway-command.js')).GATEWAY_USAGE); return EXIT.ok;
    default: return unknown('help', `no help for '${topic}'`, topic);
  }
}

function unknown(where: string, message: string, typed: string): number {
  const close = closestName(typed, typed.startsWith('-') ? ['--version', '--help'] : COMMANDS.filter((c) => c !== 'help'));
  const hint = close !== undefined ? `Did you mean ${close.startsWith('-') ? close : `'${close}'`}? Run 'perspective-sandbox help' for the commands.`
    : `The commands are ${COMMANDS.join(', ')}; run 'perspective-sandbox help'.`;
  process.stderr.write(where === '' ? `perspective-sandbox: ${message}\n${hint}\n` : usageMessage(where, message, hint));
  return EXIT.usage;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `run -i` continues in the REPL after the script.
  const io = processIo(async (session, options) => (await repl()).interactiveAfterScript(session, options));
  switch (command) {
    case 'run': return runCommand(rest, io);
    case 'repl': return (await repl()).replCommand(rest, io);
    case 'doctest': return (await import('./doctest-command.js')).doctestCommand(rest);
    case 'gateway': return (await import('./gateway-command.js')).gatewayCommand(rest);
    case 'help': return help(rest[0]);
    case '--version':
    case '-V':
    case 'version':
      process.stdout.write(`perspective-sandbox ${packageVersion()}\n`);
      return EXIT.ok;
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    default:
      if (command.startsWith('-')) return unknown('', `unknown option ${command}`, command);
      return unknown('', `unknown command '${command}'`, command);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`perspective-sandbox: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 70;
  },
);
