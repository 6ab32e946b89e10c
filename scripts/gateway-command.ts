import { z } from 'zod';
import { GatewayOptionsError, startGateway } from '../gateway/start-gateway.js';
import { jsonLinesLog } from '../gateway/log.js';
import { hashPassword } from '../gateway/passwords.js';
import { TOKEN_ENV_VAR } from '../gateway/options.js';
import { UsersFileError } from '../gateway/users-file.js';
import { TagFileError } from '../bindings/tag/tag-file.js';
import { helpHint, parseCommandLine, UsageError } from './command-line.js';

export const GATEWAY_USAGE = `Usage: perspective-sandbox gateway [--host 127.0.0.1] [--port 8088] [--users FILE]
                                  [--token TOKEN] [--session-timeout SECONDS] [--tags FILE.json]
       perspective-sandbox gateway hash-password   (reads a password on stdin, prints its scrypt hash)

Runs a live Perspective-style session gateway until SIGINT/SIGTERM.
  --host HOST                interface to bind (default 127.0.0.1, loopback only)
  --port PORT                TCP port (default 8088; 0 picks a free port)
  --users FILE               users file for the login page (JSON, scrypt password hashes)
  --token TOKEN              bearer token for the API and status page
                             (default: $${TOKEN_ENV_VAR}, else a random token printed at start)
  --session-timeout SECONDS  how long a session with no open page lives (default 60, at least 5)
  --tags FILE.json           tag providers (the format of run --tags) that scripts run with --gateway read
                             and write; [System]Gateway/Perspective/SessionCount counts the live sessions
  -h, --help                 show this help

Web client:  /data/perspective/client/<project>/<page>[?scope=designer|ios|android]
Status page: /web/status/sessions?token=TOKEN
API:         GET /data/api/v1/sessions[?username=U&project=P]
             POST /data/api/v1/sessions/<id>/close  {"message": "..."}   (Authorization: Bearer TOKEN)
             POST /data/api/v1/tags/{read,write,browse,configure}, GET /data/api/v1/tags/export
`;

export interface GatewayCommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: AsyncIterable<string | Buffer>;
  /** Stops the gateway when aborted (tests); SIGINT/SIGTERM always do. */
  readonly stop?: AbortSignal | undefined;
}

const cliOptionsSchema = z.strictObject({
  host: z.string().min(1, '--host must not be empty').default('127.0.0.1'),
  port: z.string().regex(/^\d{1,5}$/, '--port must be a number 0-65535').transform(Number)
    .pipe(z.number().int().max(65535, '--port must be a number 0-65535')).default(8088),
  users: z.string().min(1, '--users needs a file').optional(),
  token: z.string().min(8, '--token must be at least 8 characters').max(512).optional(),
  'session-timeout': z.string().regex(/^\d+(\.\d+)?$/, '--session-timeout must be a number of seconds')
    .transform((text) => Math.round(Number(text) * 1000))
    .pipe(z.number().min(5_000, '--session-timeout must be at least 5 seconds (pages need time to reconnect)')
      .max(86_400_000, '--session-timeout must be at most 86400 seconds')).default(60_000),
  tags: z.string().min(1, '--tags needs a file').optional(),
  help: z.boolean().optional(),
});

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid options';
}

async function readFirstLine(stdin: AsyncIterable<string | Buffer>): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += chunk.toString();
    if (text.includes('\n') || text.length > 4096) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function hashPasswordCommand(io: GatewayCommandIo): Promise<number> {
  const password = await readFirstLine(io.stdin);
  if (password === '') {
    io.stderr.write('perspective-sandbox gateway hash-password: no password on stdin\n');
    return 2;
  }
  io.stdout.write(`${await hashPassword(password)}\n`);
  return 0;
}

function waitForStop(stop: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    const finish = (why: string): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      stop?.removeEventListener('abort', onAbort);
      resolve(why);
    };
    const onInt = (): void => finish('SIGINT');
    const onTerm = (): void => finish('SIGTERM');
    const onAbort = (): void => finish('stop');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    if (stop?.aborted) finish('stop');
    else stop?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `perspective-sandbox gateway ...`: 0 after a clean stop, 2 for bad options or an unusable users file/port. */
export async function gatewayCommand(argv: string[], io: GatewayCommandIo = process): Promise<number> {
  if (argv[0] === 'hash-password') return hashPasswordCommand(io);
  let values: Record<string, string | boolean | readonly string[] | undefined>;
  try {
    const parsed = parseCommandLine(argv, {
      host: { type: 'string', value: 'HOST' },
      port: { type: 'string', value: 'PORT' },
      users: { type: 'string', value: 'FILE' },
      token: { type: 'string', value: 'TOKEN' },
      'session-timeout': { type: 'string', value: 'SECONDS' },
      tags: { type: 'string', value: 'FILE.json' },
      help: { type: 'boolean', short: 'h' },
    }, { command: 'gateway' });
    const [extra] = parsed.positionals;
    if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
    values = { ...parsed.values };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`perspective-sandbox gateway: ${error.message}\n${error.hint ?? helpHint('gateway')}\n`);
    return 2;
  }
  const parsed = cliOptionsSchema.safeParse(values);
  if (!parsed.success) {
    io.stderr.write(`perspective-sandbox gateway: ${firstIssue(parsed.error)}\n`);
    return 2;
  }
  if (parsed.data.help) {
    io.stdout.write(GATEWAY_USAGE);
    return 0;
  }
  const options = parsed.data;
  let gateway;
  try {
    gateway = await startGateway({
      host: options.host,
      port: options.port,
      usersFile: options.users,
      token: options.token,
      sessionTimeoutMs: options['session-timeout'],
      ...(options.tags !== undefined ? { tagsFile: options.tags } : {}),
    }, { log: jsonLinesLog((line) => io.stderr.write(line)) });
  } catch (error) {
    const known = error instanceof GatewayOptionsError || error instanceof UsersFileError || error instanceof TagFileError;
    const code = (error as NodeJS.ErrnoException).code;
    const message = known ? (error as Error).message
      : code === 'EADDRINUSE' ? `port ${options.port} on ${options.host} is already in use`
      : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? `cannot bind to host ${options.host}`
      : code === 'EACCES' ? `no permission to listen on ${options.host}:${options.port}`
      : `cannot start: ${(error as Error).message}`;
    io.stderr.write(`perspective-sandbox gateway: ${message}\n`);
    return 2;
  }
  const tokenLine = gateway.tokenSource === 'generated'
    ? `token:       ${gateway.token}  (generated; pass --token or set ${TOKEN_ENV_VAR} to fix it)`
    : `token:       (from ${gateway.tokenSource === 'option' ? '--token' : TOKEN_ENV_VAR})`;
  io.stdout.write([
    `perspective-sandbox gateway listening on ${gateway.url}`,
    `web client:  ${gateway.url}/data/perspective/client/<project>/`,
    `status page: ${gateway.url}/web/status/sessions?token=<token>`,
    `API:         ${gateway.url}/data/api/v1/sessions  (Authorization: Bearer <token>)`,
    tokenLine,
    `tags:        ${options.tags ?? 'none (no --tags file; an empty default provider)'}`,
    `users:       ${gateway.userCount === 0 ? 'none (no --users file; nobody can log in)' : `${gateway.userCount} from ${options.users}`}`,
    '',
  ].join('\n'));
  const why = await waitForStop(io.stop);
  io.stdout.write(`perspective-sandbox gateway: ${why}, shutting down\n`);
  await gateway.close();
  return 0;
}
