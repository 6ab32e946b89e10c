import type { z } from 'zod';

/** A bad option given to the library: the message names the option and says what is wrong with it. */
export class InvalidOptionError extends Error {
  /** The option's path, e.g. `limits.timeoutSeconds`. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`invalid option ${option}: ${problem}`);
    this.name = 'InvalidOptionError';
    this.option = option;
  }
}

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
