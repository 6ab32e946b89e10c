/**
 * `perspective-sandbox doctest PATH... [options]`: runs documented examples and checks their output.
 * Returns the exit code: 0 all passed, 1 some failed, 2 usage error, 5 nothing selected by --filter.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MissingPathError } from '../doctest/collect-files.js';
import { runDoctest } from '../doctest/run-doctest.js';
import type { ExecutorFactory } from '../doctest/runner-types.js';
import type { SandboxExecutorOptions } from '../doctest/sandbox-executor.js';
import { checkDatabaseSpecs, DatabaseSpecError, parseDatabaseOption, resolveDatabase } from '../bindings/db/connection-spec.js';
import { DirectoryProjectLibrary } from '../bindings/project/directory-library.js';
import { ProjectLibraryError, type ProjectLibrary } from '../bindings/project/library.js';
import { readTagFile, TagFileError } from '../bindings/tag/tag-file.js';
import { MemoryTagProvider } from '../bindings/tag/memory-tag-provider.js';
import type { TagFile } from '../bindings/tag/tag-file-schema.js';
import { LOG_LEVELS } from '../bindings/util/index.js';
import { helpHint, parseCommandLine, UsageError } from './command-line.js';
import { HOSTNAME, isKnownTimeZone } from '../runtime/options.js';

export const DOCTEST_HELP = `Usage: perspective-sandbox doctest PATH... [options]

Runs the Python examples in documentation and checks their output, like Python's doctest.
PATH may be files or folders; folders are searched recursively for .md, .txt, .py and .rst files.

Examples are taken from:
  Markdown         \`\`\`python / \`\`\`py blocks; expected output from a following \`\`\`output block or an
                   "Output"/"Results" section; blocks with >>> prompts are transcripts
  transcripts      >>> / ... lines followed by their expected output, in any text file
  manual pages     plain-text pages whose examples follow a "Code Snippet" line
  .py files        the whole file is one example
  reStructuredText  .. code-block:: python (also .. code:: / .. sourcecode::); expected output from a following
                   .. code-block:: text / output / none / console, or a literal block after "Output::"
Examples without expected output are checked against DOC.golden.json beside the document when it has an entry,
otherwise they are smoke examples: they pass when they raise nothing. Golden entries whose example's source
has changed are reported as stale (a failure when CI=true).

Options:
  --sessions FILE.json        sessions fixture for every document (a document may name its own with
                              "sessions:" front-matter or a "doctest-sessions: PATH" comment)
  --ignition-version 8.0|8.1  Ignition version to emulate (default: the sandbox's default; a document may set
                              its own with a "doctest-ignition-version: 8.0" comment)
  --timezone ZONE             the gateway's time zone for every document (default: this machine's, from TZ)
  --hostname NAME             what java.net.InetAddress.getLocalHost() answers (default perspective-sandbox)
  --tags FILE.json            the tags every document starts from (see 'run --help'); writes stay in the document
  --project DIR               the project library every document's examples see (see 'run --help')
  --log-level LEVEL           lowest level system.util loggers write: trace, debug, info (default), warn, error
  --db [NAME=]URL             a database for system.db (see 'run --help'; repeatable, the first is the default);
                              a document may ask for a fresh in-memory one: "doctest-db: sqlite::memory:"
  --db-readonly               open every database read-only
  --update                    write/refresh golden files from the current output (refused when CI=true)
  --update-docs               rewrite the expected output written in the documents (after >>> and in output
                              blocks) of the examples whose output differs; every other byte is kept
                              (refused when CI=true)
  --junit FILE.xml            also write a JUnit XML report
  --filter TEXT               run only examples whose id (file:line) or source contains TEXT
  --shard i/n                 run only shard i of n (documents are split deterministically by example count)
  --jobs N                    documents run at the same time (default: available cores)
  --verbose                   list every example, not only failures
  -h, --help                  show this help

Directives: "# doctest: +ELLIPSIS +NORMALIZE_WHITESPACE +SKIP +IGNORE_EXCEPTION_DETAIL +ALLOW_UNICODE" (or -FLAG)
on an example; "doctest-defaults: +FLAGS" in a comment sets a document's defaults.
The last line of the report is "N passed, N failed" (", N skipped" when some were skipped).
Exit code: 0 all passed, 1 an example failed (or a golden entry is stale, under CI=true), 2 usage error,
5 --filter selected no example.
`;

const DOCTEST_OPTIONS = {
  sessions: { type: 'string', value: 'FILE.json' },
  tags: { type: 'string', value: 'FILE.json' },
  update: { type: 'boolean' },
  'update-docs': { type: 'boolean' },
  junit: { type: 'string', value: 'FILE.xml' },
  filter: { type: 'string', value: 'TEXT' },
  shard: { type: 'string', value: 'i/n' },
  'ignition-version': { type: 'string', value: '8.0|8.1' },
  project: { type: 'string', value: 'DIR' },
  'log-level': { type: 'string', value: 'LEVEL' },
  jobs: { type: 'string', value: 'N' },
  timezone: { type: 'string', value: 'ZONE' },
  hostname: { type: 'string', value: 'NAME' },
  verbose: { type: 'boolean' },
  db: { type: 'string', value: '[NAME=]URL', multiple: true },
  'db-readonly': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OptionsSchema = z.object({
  paths: z.array(z.string().min(1)).min(1, 'give at least one PATH'),
  timezone: z.string().refine(isKnownTimeZone, { message: '--timezone must be an IANA time zone id such as UTC or America/New_York' }).optional(),
  hostname: z.string().regex(HOSTNAME, { message: '--hostname must be a host name (letters, digits, dots and hyphens)' }).optional(),
  sessions: z.string().min(1).optional(),
  tags: z.string().min(1).optional(),
  update: z.boolean(),
  updateDocs: z.boolean(),
  junit: z.string().min(1).optional(),
  filter: z.string().min(1).optional(),
  shard: z.string().regex(/^\d+\/\d+$/, '--shard must look like i/n, e.g. 1/3')
    .transform((s) => {
      const [i, n] = s.split('/').map(Number);
      return { index: i ?? 0, count: n ?? 0 };
    })
    .refine((s) => s.count >= 1 && s.index >= 1 && s.index <= s.count, '--shard i/n needs 1 <= i <= n')
    .optional(),
  ignitionVersion: z.enum(['8.0', '8.1'], { error: '--ignition-version must be 8.0 or 8.1' }).optional(),
  jobs: z.string().regex(/^\d+$/, '--jobs must be a positive integer').transform(Number)
    .refine((n) => n >= 1, '--jobs must be at least 1').optional(),
  verbose: z.boolean(),
  project: z.string().min(1).optional(),
  logLevel: z.enum(LOG_LEVELS, { error: '--log-level must be trace, debug, info, warn or error' }).optional(),
  db: z.array(z.string().min(1, '--db needs a URL')).optional(),
  dbReadonly: z.boolean(),
});

export interface DoctestCommandDeps {
  /** Replaces the sandbox (tests use a fake executor). */
  readonly factory?: ExecutorFactory;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdout?: { write(chunk: string): unknown };
  readonly stderr?: { isTTY?: boolean; write(chunk: string): unknown };
}

export async function doctestCommand(argv: string[], deps: DoctestCommandDeps = {}): Promise<number> {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  const cwd = deps.cwd ?? process.cwd();
  const env = deps.env ?? process.env;
  const usage = (message: string, hint = helpHint('doctest')): number => {
    stderr.write(`perspective-sandbox doctest: ${message}\n${hint}\n`);
    return 2;
  };

  let parsed;
  try {
    parsed = parseCommandLine(argv, DOCTEST_OPTIONS, { command: 'doctest' });
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message, err.hint);
    throw err;
  }
  const { values } = parsed;
  if (values['help'] === true) {
    stdout.write(DOCTEST_HELP);
    return 0;
  }
  const checked = OptionsSchema.safeParse({
    paths: parsed.positionals,
    timezone: values['timezone'],
    hostname: values['hostname'],
    sessions: values['sessions'],
    tags: values['tags'],
    update: values['update'] === true,
    updateDocs: values['update-docs'] === true,
    junit: values['junit'],
    filter: values['filter'],
    shard: values['shard'],
    ignitionVersion: values['ignition-version'],
    jobs: values['jobs'],
    verbose: values['verbose'] === true,
    project: values['project'],
    logLevel: values['log-level'],
    db: values['db'],
    dbReadonly: values['db-readonly'] === true,
  });
  if (!checked.success) return usage(checked.error.issues.map((i) => i.message).join('; '));
  const o = checked.data;
  if (o.updateDocs && isCI(env)) return usage('--update-docs is refused in CI (CI=true): documents must be updated and reviewed by a person', 'Run it where CI is not set, review the changed documents and commit them.');
  if (o.update && isCI(env)) return usage('--update is refused in CI (CI=true): golden files must be updated and reviewed by a person', 'Run it where CI is not set, review the changed golden files and commit them.');
  const sessionsFile = o.sessions !== undefined ? path.resolve(cwd, o.sessions) : null;
  if (sessionsFile !== null && !existsSync(sessionsFile)) return usage(`No such file: ${o.sessions} (--sessions)`, `Check the path; it is looked up from ${cwd}.`);

  let tags: TagFile | undefined;
  try {
    if (o.tags !== undefined) {
      MemoryTagProvider.fromFile(path.resolve(cwd, o.tags)); // checks data types and duplicates, naming the tag
      tags = readTagFile(path.resolve(cwd, o.tags));
    }
  } catch (err) {
    if (err instanceof TagFileError) return usage(err.message, 'Fix the tag file (see docs/reference/system.tag.md for its format).');
    throw err;
  }
  let project: ProjectLibrary | undefined;
  try {
    project = o.project === undefined ? undefined : DirectoryProjectLibrary.fromDirectory(path.resolve(cwd, o.project));
  } catch (err) {
    if (err instanceof ProjectLibraryError) return usage(err.message, 'Give a project folder (it holds project.json or ignition/script-python).');
    throw err;
  }
  try {
    const specs = (o.db ?? []).map(parseDatabaseOption);
    checkDatabaseSpecs(specs);
    for (const spec of specs) resolveDatabase(spec, env, cwd);
  } catch (err) {
    if (err instanceof DatabaseSpecError) return usage(err.message, "Give --db sqlite:FILE, sqlite::memory: or postgresql://USER@HOST/DB (see 'run --help').");
    throw err;
  }
  const factory = deps.factory ?? (await sandboxFactory({
    ...(o.ignitionVersion !== undefined ? { ignitionVersion: o.ignitionVersion } : {}),
    ...(project !== undefined ? { project } : {}),
    ...(tags !== undefined ? { tags } : {}),
    ...(o.logLevel !== undefined ? { logLevel: o.logLevel } : {}),
    ...(o.timezone !== undefined ? { timezone: o.timezone } : {}),
    ...(o.hostname !== undefined ? { hostname: o.hostname } : {}),
    ...(o.db !== undefined ? { databases: o.db } : {}),
    ...(o.dbReadonly ? { databasesReadonly: true } : {}),
  }));
  try {
    const run = await runDoctest({
      paths: o.paths,
      cwd,
      sessionsFile,
      update: o.update,
      updateDocs: o.updateDocs,
      ci: isCI(env),
      junitFile: o.junit !== undefined ? path.resolve(cwd, o.junit) : null,
      filter: o.filter ?? null,
      shard: o.shard ?? null,
      jobs: o.jobs ?? null,
      verbose: o.verbose,
      factory,
      stdout,
      stderr,
    });
    return run.exitCode;
  } catch (err) {
    if (err instanceof MissingPathError) return usage(err.message, `Check the path; it is looked up from ${cwd}.`);
    throw err;
  }
}

function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const v = env['CI'];
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

async function sandboxFactory(options: SandboxExecutorOptions): Promise<ExecutorFactory> {
  const { createSandboxExecutorFactory } = await import('../doctest/sandbox-executor.js');
  return createSandboxExecutorFactory(options);
}
