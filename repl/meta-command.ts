/** The REPL's own commands, typed at an empty `>>>` prompt (Python never starts a line with `.name`). */
export const META_COMMANDS = ['clear', 'effects', 'exit', 'help', 'load', 'reset', 'sessions'] as const;
export type MetaName = (typeof META_COMMANDS)[number];

export type MetaCommand =
  | { name: MetaName; argument: string }
  | { name: 'unknown'; argument: string };

/** The meta command on this line, or undefined for Python (including `.5`). */
export function parseMetaCommand(line: string): MetaCommand | undefined {
  const match = /^\.([A-Za-z]\w*)(?:\s+(.*))?$/.exec(line.trim());
  if (!match) return undefined;
  const name = match[1] as string;
  const argument = (match[2] ?? '').trim();
  return (META_COMMANDS as readonly string[]).includes(name) ? { name: name as MetaName, argument } : { name: 'unknown', argument: name };
}
