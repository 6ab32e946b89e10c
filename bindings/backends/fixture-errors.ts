import type { z } from 'zod';
import { closestName } from '../did-you-mean.js';

/** The keys a fixture record may have, for "did you mean" on a misspelt one. */
const FIXTURE_KEYS = [
  'id', 'project', 'userAgent', 'clientAddress', 'username', 'sessionScope', 'uptime', 'startedAt', 'lastComm',
  'lastCommAt', 'activePages', 'pageIds', 'recentBytesSent', 'totalBytesSent', 'authorized',
];

/** `not valid JSON at line 3, column 5: Expected ',' or '}' after property value`, from JSON.parse's error. */
export function jsonErrorMessage(text: string, err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const position = /at position (\d+)/.exec(raw);
  const offset = position ? Number(position[1]) : /end of JSON input/i.test(raw) ? text.length : undefined;
  const what = raw.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (offset === undefined) return `not valid JSON: ${what}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${what}`;
}

/** One zod issue of record `index` as `sessions[i].field: what is wrong` (several lines for several unknown keys). */
export function recordIssueMessages(index: number, record: unknown, issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const close = closestName(key, FIXTURE_KEYS);
      return `${issuePath(index, issue.path)}: unknown key "${key}"${close !== undefined ? ` (did you mean "${close}"?)` : ''}`;
    });
  }
  if (issue.code === 'invalid_type' && isMissing(record, issue.path)) {
    return [`${issuePath(index, issue.path)}: missing (a required key, ${issue.expected === 'string' ? 'a string' : issue.expected})`];
  }
  return [`${issuePath(index, issue.path)}: ${issue.message.replace(/^Invalid (?:input|option): /, '')}`];
}

export function issuePath(index: number, path: readonly PropertyKey[]): string {
  return `sessions[${index}]` + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** Whether the value at `path` is absent (its key not there at all), as opposed to present with a wrong type. */
function isMissing(record: unknown, path: readonly PropertyKey[]): boolean {
  let value: unknown = record;
  for (const key of path.slice(0, -1)) {
    if (typeof value !== 'object' || value === null) return false;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  const last = path[path.length - 1];
  return last !== undefined && typeof value === 'object' && value !== null && !Object.hasOwn(value, last);
}
