import { closeSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { jsonErrorMessage } from '../backends/fixture-errors.js';
import { readBounded, type BoundedFileKind } from '../read-bounded.js';
import { tagFileSchema, type TagFile } from './tag-file-schema.js';

/** The largest tag file read by default, in MB (`--tags-max-mb` raises it). */
export const DEFAULT_TAG_FILE_MAX_MB = 256;

/** A tag file that cannot be read or is invalid. The CLI prints the message (it names the file and the tag) and exits with 2. */
export class TagFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TagFileError';
  }
}

const TAG_FILE: BoundedFileKind = { name: 'tag file', raiseCap: '--tags-max-mb (library: tagsFileMaxMb)', errorType: TagFileError };

/**
 * Where a zod issue is, as a tag path: `[default]Counters/Runs.value` rather than providers.default.tags[0].tags[1].value.
 * Walks the raw JSON to turn indexes into names.
 */
export function issueWhere(raw: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'providers' || path.length < 2) return path.length === 0 ? 'the file' : path.map(String).join('.');
  const provider = String(path[1]);
  const names: string[] = [];
  let node: unknown = (raw as { providers?: Record<string, unknown> }).providers?.[provider];
  let field: string | null = null;
  for (let i = 2; i < path.length; i++) {
    const key = path[i];
    if (key === 'tags') {
      const index = path[i + 1];
      if (typeof index !== 'number') { field = 'tags'; break; }
      node = (node as { tags?: unknown[] } | undefined)?.tags?.[index];
      const name = (node as { name?: unknown } | undefined)?.name;
      names.push(typeof name === 'string' && name !== '' ? name : `#${index}`);
      i++;
    } else {
      field = String(key);
      break;
    }
  }
  return `[${provider}]${names.join('/')}${field === null ? '' : `.${field}`}`;
}

/** Parses a tag file's text; `name` is how messages name the file. */
export function parseTagFile(text: string, name: string): TagFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new TagFileError(`${name}: ${jsonErrorMessage(text, err)}`);
  }
  const parsed = tagFileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 10).map((issue: z.core.$ZodIssue) => {
      const detail = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message.replace(/^Invalid (?:input|option): /, '');
      return `${name}: ${issueWhere(raw, issue.path)}: ${detail}`;
    });
    throw new TagFileError(lines.join('\n'));
  }
  return parsed.data;
}

/** Reads and validates a tag file (its structure; TagTree checks data types and duplicates, naming the tag). */
export function readTagFile(path: string, maxMb = DEFAULT_TAG_FILE_MAX_MB): TagFile {
  return parseTagFile(readBounded(path, maxMb * 1024 * 1024, TAG_FILE), basename(path));
}

/** Writes a tag file atomically: a temporary file beside it, then a rename, so a reader never sees half a file. */
export function writeTagFile(path: string, file: TagFile): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { encoding: 'utf8', mode: 0o644 });
  renameSync(temporary, path);
}
