/** The provider scripts get when a path names none, as in a project whose default provider is `default`. */
export const DEFAULT_PROVIDER = 'default';

/** A parsed tag path: `[provider]Folder/Tag.property`. */
export interface TagPath {
  readonly provider: string;
  /** Folder and tag names, root first; empty for the provider's root. */
  readonly names: readonly string[];
  /** The property after the tag name (`value`, `quality`, `timestamp`...), lower-cased; null when none is given. */
  readonly property: string | null;
}

export class TagPathSyntaxError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`Invalid tag path '${path}': ${reason}`);
    this.name = 'TagPathSyntaxError';
  }
}

/** Parses a tag path; the provider defaults to DEFAULT_PROVIDER. Names keep their case (lookups ignore it, as Ignition's do). */
export function parseTagPath(path: string): TagPath {
  let rest = path.trim();
  let provider = DEFAULT_PROVIDER;
  if (rest.startsWith('[')) {
    const end = rest.indexOf(']');
    if (end < 0) throw new TagPathSyntaxError(path, "the provider's '[' has no ']'");
    provider = rest.slice(1, end).trim();
    if (provider === '') throw new TagPathSyntaxError(path, 'the provider name is empty');
    rest = rest.slice(end + 1);
  }
  const names = rest.split('/').map((name) => name.trim());
  while (names.length > 0 && names[names.length - 1] === '') names.pop();
  while (names.length > 0 && names[0] === '') names.shift();
  if (names.some((name) => name === '')) throw new TagPathSyntaxError(path, 'an empty name between slashes');
  let property: string | null = null;
  const last = names[names.length - 1];
  if (last !== undefined) {
    const dot = last.indexOf('.');
    if (dot >= 0) {
      property = last.slice(dot + 1).toLowerCase();
      names[names.length - 1] = last.slice(0, dot);
      if (property === '' || names[names.length - 1] === '') throw new TagPathSyntaxError(path, 'an empty name around a dot');
    }
  }
  return { provider, names, property };
}

/** `[provider]A/B/C`, the form results and effects show. */
export function formatTagPath(provider: string, names: readonly string[]): string {
  return `[${provider}]${names.join('/')}`;
}
