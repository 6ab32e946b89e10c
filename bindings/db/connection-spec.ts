import { resolve } from 'node:path';

/** A database connection as given on the command line (`--db [NAME=]URL`) or in IgnitionOptions.databases. */
export interface DatabaseSpec {
  /** The connection name scripts pass as `database`; the first connection is the project's default. */
  readonly name: string;
  /** `sqlite:PATH`, `sqlite::memory:`, `postgresql://...` (or `postgres://`), or `env:VAR` naming a variable holding one. */
  readonly url: string;
}

export type ResolvedDatabase =
  | { readonly kind: 'sqlite'; readonly name: string; readonly path: string; readonly display: string; readonly secrets: readonly string[] }
  | { readonly kind: 'postgresql'; readonly name: string; readonly url: string; readonly display: string; readonly secrets: readonly string[] };

/** A --db value that cannot be used: the message never contains the URL's credentials. */
export class DatabaseSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseSpecError';
  }
}

/** The name given to a connection without `NAME=`. */
export const DEFAULT_CONNECTION_NAME = 'default';

const NAME = /^[A-Za-z_][A-Za-z0-9_ .-]*$/;

/** `NAME=URL` or `URL` (named `default`). A `=` after a `:` belongs to the URL (`sqlite:a=b.db`). */
export function parseDatabaseOption(text: string): DatabaseSpec {
  const eq = text.indexOf('=');
  const colon = text.indexOf(':');
  if (eq > 0 && (colon < 0 || eq < colon)) {
    const name = text.slice(0, eq).trim();
    if (!NAME.test(name)) throw new DatabaseSpecError(`--db: '${name}' is not a connection name (letters, digits, _ . - and spaces)`);
    return { name, url: text.slice(eq + 1) };
  }
  return { name: DEFAULT_CONNECTION_NAME, url: text };
}

/** Checks the specs together: names unique (case-insensitively, as a gateway compares them), at least one. */
export function checkDatabaseSpecs(specs: readonly DatabaseSpec[]): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const key = spec.name.toLowerCase();
    if (seen.has(key)) throw new DatabaseSpecError(`--db: the connection name '${spec.name}' is given twice (name them: --db NAME=URL)`);
    seen.add(key);
  }
}

/**
 * The connection a spec describes. `env:VAR` reads the URL from the environment; the URL's password (and
 * PGPASSWORD) are collected as secrets so that no message shows them.
 */
export function resolveDatabase(spec: DatabaseSpec, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ResolvedDatabase {
  let url = spec.url;
  const secrets: string[] = [];
  let fromEnv: string | undefined;
  if (url.startsWith('env:')) {
    fromEnv = url.slice(4);
    const value = env[fromEnv];
    if (value === undefined || value === '') throw new DatabaseSpecError(`--db ${spec.name}: the environment variable ${fromEnv} is not set`);
    url = value;
    secrets.push(value);
  }
  if (env['PGPASSWORD']) secrets.push(env['PGPASSWORD']);
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new DatabaseSpecError(`--db ${spec.name}: sqlite: needs a file (sqlite:audit.db) or :memory:`);
    const resolved = path === ':memory:' ? path : resolve(cwd, path);
    return { kind: 'sqlite', name: spec.name, path: resolved, display: fromEnv ? `env:${fromEnv}` : `sqlite:${path}`, secrets };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseSpecError(`--db ${spec.name}: not a valid postgresql:// URL`);
    }
    if (parsed.password) {
      secrets.push(parsed.password, decodeURIComponent(parsed.password));
      parsed.password = '***';
    }
    secrets.push(url);
    return { kind: 'postgresql', name: spec.name, url, display: fromEnv ? `env:${fromEnv}` : parsed.toString(), secrets };
  }
  throw new DatabaseSpecError(`--db ${spec.name}: unknown kind of database URL (use sqlite:PATH, sqlite::memory: or postgresql://...)`);
}

/** `text` with every secret replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}
