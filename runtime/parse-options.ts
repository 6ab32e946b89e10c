import type { z } from 'zod';
import { InvalidOptionError } from './option-error.js';

/**
 * Parses options with a zod schema; the first problem becomes one InvalidOptionError naming the option
 * (`prefix` is the path of `input` among the caller's options, e.g. `limits`).
 */
export function parseOptions<S extends z.ZodType>(schema: S, input: unknown, prefix: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== '').join('.');
  throw new InvalidOptionError(path === '' ? 'options' : path, issue?.message ?? 'invalid');
}
