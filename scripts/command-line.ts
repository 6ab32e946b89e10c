import { closestName } from '../bindings/did-you-mean.js';

/**
 * The command-line parser every command uses, with messages in the tool's own words (node:util's parseArgs
 * words its errors for programmers). A problem is a UsageError: one line saying what is wrong, one saying
 * what to do; the command prints both and exits with 2.
 */

/** A problem with the command line. `hint` is the line saying what to do (default: try --help). */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** A string option that may be repeated: its value is the list of every value given, in order. */
  readonly multiple?: boolean;
  /** What the value is, for messages ("SECONDS"); string options only. */
  readonly value?: string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParseRules {
  /** The command's name in messages: "run" gives "perspective-sandbox run --help". */
  readonly command: string;
  /**
   * The first positional argument ends the options: it and everything after it are positionals (`run FILE.py
   * ARGS...`, as python does). Otherwise options and positionals may be mixed.
   */
  readonly stopAtFirstPositional?: boolean;
  /** Options whose value ends the options (`run -c CODE ARGS...`, as python -c does). */
  readonly stopAfter?: readonly string[];
}

export interface CommandLine {
  readonly values: Readonly<Record<string, string | boolean | readonly string[]>>;
  readonly positionals: readonly string[];
}

export function helpHint(command: string): string {
  return `Run 'perspective-sandbox ${command} --help' for usage.`;
}

/** Parses argv by `specs`; throws UsageError for an unknown option, a missing value or a value given to a flag. */
export function parseCommandLine(argv: readonly string[], specs: OptionSpecs, rules: ParseRules): CommandLine {
  const values: Record<string, string | boolean | readonly string[]> = {};
  const set = (name: string, value: string): void => {
    const previous = values[name];
    values[name] = specs[name]?.multiple === true ? [...(Array.isArray(previous) ? previous : []), value] : value;
  };
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  let i = 0;
  const take = (name: string, shown: string): string => {
    const value = argv[++i];
    if (value === undefined) throw missingValue(name, shown, specs, rules.command);
    return value;
  };
  while (i < argv.length) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let stop = false;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const spec = specs[name];
      if (spec === undefined) throw unknownOption(`--${name}`, specs, rules.command);
      if (spec.type === 'boolean') {
        if (eq >= 0) throw new UsageError(`option --${name} takes no value`, `Give it alone: --${name}. ${helpHint(rules.command)}`);
        values[name] = true;
      } else {
        set(name, eq >= 0 ? arg.slice(eq + 1) : take(name, `--${name}`));
      }
      stop = rules.stopAfter?.includes(name) ?? false;
    } else if (arg.startsWith('-') && arg !== '-') {
      // One or more short flags (-ih); a string option takes the rest of the argument or the next one (-cCODE, -c CODE).
      for (let k = 1; k < arg.length; k++) {
        const name = byShort.get(arg[k] as string);
        if (name === undefined) throw unknownOption(`-${arg[k] as string}`, specs, rules.command);
        const spec = specs[name] as OptionSpec;
        if (spec.type === 'boolean') {
          values[name] = true;
          continue;
        }
        set(name, k + 1 < arg.length ? arg.slice(k + 1) : take(name, `-${arg[k] as string}`));
        stop = rules.stopAfter?.includes(name) ?? false;
        break;
      }
    } else {
      if (rules.stopAtFirstPositional) {
        positionals.push(...argv.slice(i));
        break;
      }
      positionals.push(arg);
    }
    i++;
    if (stop) {
      positionals.push(...argv.slice(i));
      break;
    }
  }
  return { values, positionals };
}

function optionName(name: string, spec: OptionSpec): string {
  return spec.short !== undefined && name.length === 1 ? `-${spec.short}` : `--${name}`;
}

function unknownOption(typed: string, specs: OptionSpecs, command: string): UsageError {
  const known = Object.entries(specs).flatMap(([name, spec]) => [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])]);
  const close = typed.startsWith('--') ? closestName(typed, known.filter((k) => k.startsWith('--'))) : undefined;
  return new UsageError(`unknown option ${typed}`, close !== undefined ? `Did you mean ${close}? ${helpHint(command)}` : `${helpHint(command)}`);
}

function missingValue(name: string, shown: string, specs: OptionSpecs, command: string): UsageError {
  const spec = specs[name] as OptionSpec;
  const value = spec.value ?? 'VALUE';
  const example = command === 'run' && name === 'c' ? `perspective-sandbox run -c 'print 1'` : `perspective-sandbox ${command} ${optionName(name, spec)} ${value}`;
  return new UsageError(`option ${shown} needs a value (${value})`, `Give it after the option, e.g. ${example}.`);
}
