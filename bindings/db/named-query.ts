import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ProjectLibraryError } from '../project/library.js';
import { readProjectText } from '../project/read-text.js';

/** The parameter types of a named query, in the order of Ignition's DataType (resource.json stores the index). */
export const NAMED_QUERY_SQL_TYPES = ['Int1', 'Int2', 'Int4', 'Int8', 'Float4', 'Float8', 'Boolean', 'String', 'DateTime', 'ByteArray'] as const;
export type NamedQuerySqlType = (typeof NAMED_QUERY_SQL_TYPES)[number];

export const NAMED_QUERY_TYPES = ['Query', 'ScalarQuery', 'UpdateQuery'] as const;
export type NamedQueryType = (typeof NAMED_QUERY_TYPES)[number];

export interface NamedQueryParameter {
  readonly name: string;
  /** `Parameter` (a bound value, `:name` in the SQL) or `QueryString` (text Ignition would splice in: refused here). */
  readonly kind: 'Parameter' | 'QueryString';
  readonly sqlType: NamedQuerySqlType;
}

/** A named query of the project: `ignition/named-query/<path>/query.sql` and its `resource.json`. */
export interface NamedQuery {
  /** `Sessions/Audit/Insert` */
  readonly path: string;
  readonly type: NamedQueryType;
  /** The connection it runs on; '' for the project's default. */
  readonly database: string;
  readonly enabled: boolean;
  readonly sql: string;
  readonly parameters: readonly NamedQueryParameter[];
  /** The query.sql file, for messages. */
  readonly file: string;
}

const sqlTypeSchema = z.union([
  z.enum(NAMED_QUERY_SQL_TYPES),
  z.number().int().min(0).max(NAMED_QUERY_SQL_TYPES.length - 1).transform((i) => NAMED_QUERY_SQL_TYPES[i] as NamedQuerySqlType),
]);

const resourceSchema = z.looseObject({
  attributes: z.looseObject({
    type: z.enum(NAMED_QUERY_TYPES).default('Query'),
    database: z.string().default(''),
    enabled: z.boolean().default(true),
    parameters: z.array(z.looseObject({
      type: z.enum(['Parameter', 'Value', 'QueryString']).default('Parameter').transform((t) => (t === 'QueryString' ? 'QueryString' as const : 'Parameter' as const)),
      identifier: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
      sqlType: sqlTypeSchema,
    })).default([]),
  }),
});

const NAMED_QUERY_DIR = ['ignition', 'named-query'];

/** The named queries of one project folder (not its parents), by path. */
export function readNamedQueries(projectDir: string, maxFileBytes: number): NamedQuery[] {
  const root = join(projectDir, ...NAMED_QUERY_DIR);
  if (!isDirectory(root)) return [];
  const queries: NamedQuery[] = [];
  const walk = (dir: string, parts: string[]): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (!entry.isDirectory()) continue;
      const folder = join(dir, entry.name);
      const path = [...parts, entry.name];
      const sqlFile = join(folder, 'query.sql');
      if (existsSync(sqlFile)) queries.push(readNamedQuery(folder, path.join('/'), sqlFile, maxFileBytes));
      walk(folder, path);
    }
  };
  walk(root, []);
  return queries;
}

function readNamedQuery(folder: string, path: string, sqlFile: string, maxFileBytes: number): NamedQuery {
  const resourceFile = join(folder, 'resource.json');
  if (!existsSync(resourceFile)) throw new ProjectLibraryError(`${resourceFile}: missing (a named query needs its resource.json)`);
  let raw: unknown;
  try {
    raw = JSON.parse(readProjectText(resourceFile, maxFileBytes));
  } catch (err) {
    if (err instanceof ProjectLibraryError) throw err;
    throw new ProjectLibraryError(`${resourceFile}: not valid JSON`);
  }
  const parsed = resourceSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProjectLibraryError(`${resourceFile}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const { type, database, enabled, parameters } = parsed.data.attributes;
  return {
    path, type, database, enabled, file: sqlFile,
    sql: readProjectText(sqlFile, maxFileBytes),
    parameters: parameters.map((p) => ({ name: p.identifier, kind: p.type, sqlType: p.sqlType })),
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
