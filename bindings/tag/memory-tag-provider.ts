import { coerceToDataType } from './data-type.js';
import { GOOD, quality, type Quality } from './quality.js';
import { readTagFile, TagFileError, DEFAULT_TAG_FILE_MAX_MB } from './tag-file.js';
import type { TagFile, TagNodeInput } from './tag-file-types.js';
import { formatTagPath, parseTagPath, TagPathSyntaxError, type TagPath } from './tag-path.js';
import type { BrowseFilter, BrowseResult, CollisionPolicy, TagOutcome, TagProvider, TagReadResult, TagWrite } from './tag-provider.js';
import { addChild, buildNode, emptyFolder, exportNode, mergeInto, TagConfigError, type AtomicNode, type FolderNode, type TagNode } from './tag-tree.js';
import { browseFolder } from './browse.js';

/** The provider name a file may not use: the gateway's own tags live there. */
export const SYSTEM_PROVIDER = 'System';

interface ProviderRoot {
  readonly name: string;
  readonly root: FolderNode;
}

type Resolved =
  | { readonly ok: true; readonly provider: ProviderRoot; readonly node: TagNode; readonly names: readonly string[]; readonly path: TagPath }
  | { readonly ok: false; readonly quality: Quality; readonly where: string };

const notFound = (where: string): Quality => quality('Bad_NotFound', `Path '${where}' not found.`);

/**
 * Tag providers held in memory, from a tag file (or empty): reads, writes, browse and configure as a gateway's
 * memory tags behave. Writes change the tags for as long as the object lives; exportTags() gives them back.
 */
export class MemoryTagProvider implements TagProvider {
  private readonly providers = new Map<string, ProviderRoot>();

  /** `systemProvider` is for SystemTags only: it lets the file define the reserved System provider. */
  constructor(file: TagFile = { providers: { default: { tags: [] } } }, private readonly clock: () => number = Date.now, systemProvider = false) {
    const now = clock();
    for (const [name, content] of Object.entries(file.providers)) {
      if (!systemProvider && name.toLowerCase() === SYSTEM_PROVIDER.toLowerCase()) throw new TagConfigError(`[${name}]`, `the provider name '${SYSTEM_PROVIDER}' is reserved for the gateway's system tags`);
      if (this.providers.has(name.toLowerCase())) throw new TagConfigError(`[${name}]`, 'a second provider of that name (names ignore case)');
      const root = emptyFolder('');
      for (const input of content.tags) addChild(root, buildNode(input, `[${name}]${input.name}`, now), `[${name}]${input.name}`);
      this.providers.set(name.toLowerCase(), { name, root });
    }
  }

  /** Reads a tag file; a bad one throws TagFileError naming the file and the tag. */
  static fromFile(path: string, options: { maxMb?: number; clock?: () => number } = {}): MemoryTagProvider {
    const file = readTagFile(path, options.maxMb ?? DEFAULT_TAG_FILE_MAX_MB);
    try {
      return new MemoryTagProvider(file, options.clock);
    } catch (err) {
      if (err instanceof TagConfigError) throw new TagFileError(`${path.split('/').pop() ?? path}: ${err.message}`);
      throw err;
    }
  }

  private resolve(text: string): Resolved {
    let path: TagPath;
    try {
      path = parseTagPath(text);
    } catch (err) {
      if (err instanceof TagPathSyntaxError) return { ok: false, quality: quality('Error_InvalidPathSyntax', err.message), where: text };
      throw err;
    }
    const where = formatTagPath(path.provider, path.names);
    const provider = this.providers.get(path.provider.toLowerCase());
    if (provider === undefined) return { ok: false, quality: quality('Bad_NotFound', `Tag provider '${path.provider}' not found`), where };
    let node: TagNode = provider.root;
    const names: string[] = [];
    for (const name of path.names) {
      const next: TagNode | undefined = node.kind === 'folder' ? node.children.get(name.toLowerCase()) : undefined;
      if (next === undefined) return { ok: false, quality: notFound(where), where };
      node = next;
      names.push(next.name);
    }
    return { ok: true, provider, node, names, path };
  }

  async read(paths: readonly string[]): Promise<TagReadResult[]> {
    const now = this.clock();
    return paths.map((text) => {
      const found = this.resolve(text);
      if (!found.ok) return { value: null, valueType: null, quality: found.quality, timestamp: now };
      return readProperty(found.node, found.path.property, now);
    });
  }

  async write(writes: readonly TagWrite[]): Promise<TagOutcome[]> {
    const now = this.clock();
    return writes.map(({ path, value }) => {
      const found = this.resolve(path);
      if (!found.ok) return { tagPath: found.where, quality: found.quality };
      const tagPath = formatTagPath(found.provider.name, found.names);
      const { node } = found;
      const property = found.path.property;
      if (node.kind === 'folder' || (property !== null && property !== 'value')) {
        return { tagPath, quality: quality('Bad_Unsupported', `Writing ${property ?? 'a value'} to '${tagPath}' is not supported`) };
      }
      const coerced = coerceToDataType(value, node.dataType);
      if (!coerced.ok) return { tagPath, quality: coerced.quality };
      node.value = coerced.value;
      node.quality = GOOD;
      node.timestamp = now;
      return { tagPath, quality: GOOD };
    });
  }

  async browse(path: string, filter: BrowseFilter): Promise<BrowseResult> {
    const found = this.resolve(path === '' ? '[default]' : path);
    if (!found.ok) return { results: [], totalAvailable: 0, quality: found.quality };
    if (found.node.kind !== 'folder') return { results: [], totalAvailable: 0, quality: GOOD };
    const now = this.clock();
    return browseFolder(found.node, formatTagPath(found.provider.name, found.names), filter, (node) => readProperty(node, null, now));
  }

  async configure(basePath: string, tags: readonly TagNodeInput[], policy: CollisionPolicy): Promise<TagOutcome[]> {
    const base = this.resolve(basePath);
    const now = this.clock();
    let folder: FolderNode;
    let baseWhere: string;
    if (base.ok) {
      if (base.node.kind !== 'folder') return tags.map(() => ({ tagPath: basePath, quality: quality('Bad_Failure', `'${basePath}' is a tag, not a folder`) }));
      folder = base.node;
      baseWhere = formatTagPath(base.provider.name, base.names);
    } else {
      const made = this.makeFolders(basePath);
      if (made === undefined) return tags.map(() => ({ tagPath: base.where, quality: base.quality }));
      ({ folder, where: baseWhere } = made);
    }
    const sep = baseWhere.endsWith(']') ? '' : '/';
    // Abort (the manual: "abort and throw an exception") changes nothing when any tag exists already.
    if (policy === 'a' && tags.some((input) => folder.children.has(input.name.toLowerCase()))) {
      return tags.map((input) => {
        const tagPath = `${baseWhere}${sep}${input.name}`;
        return folder.children.has(input.name.toLowerCase())
          ? { tagPath, quality: quality('Bad_Failure', `Tag '${tagPath}' already exists, and 'abort' collision policy has been specified`) }
          : { tagPath, quality: quality('Bad_Failure', 'Not configured: the operation was aborted') };
      });
    }
    return tags.map((input) => {
      const tagPath = `${baseWhere}${sep}${input.name}`;
      try {
        const key = input.name.toLowerCase();
        const existing = folder.children.get(key);
        if (existing === undefined) folder.children.set(key, buildNode(input, tagPath, now));
        else if (policy === 'o') folder.children.set(key, buildNode(input, tagPath, now));
        else if (policy === 'm') folder.children.set(key, mergeInto(existing, input, tagPath, now));
        return { tagPath, quality: GOOD };
      } catch (err) {
        if (err instanceof TagConfigError) return { tagPath, quality: quality('Error_Configuration', err.message) };
        throw err;
      }
    });
  }

  /** The folders of a path that does not exist yet, created; undefined when its provider does not exist. */
  private makeFolders(text: string): { folder: FolderNode; where: string } | undefined {
    let path: TagPath;
    try {
      path = parseTagPath(text);
    } catch {
      return undefined;
    }
    const provider = this.providers.get(path.provider.toLowerCase());
    if (provider === undefined || path.property !== null) return undefined;
    let folder = provider.root;
    const names: string[] = [];
    for (const name of path.names) {
      const next = folder.children.get(name.toLowerCase());
      if (next !== undefined && next.kind !== 'folder') return undefined;
      const child = next ?? emptyFolder(name);
      folder.children.set(name.toLowerCase(), child);
      folder = child;
      names.push(child.name);
    }
    return { folder, where: formatTagPath(provider.name, names) };
  }

  async exportTags(): Promise<TagFile> {
    return this.exportNow();
  }

  /** The tags now, in the file format (synchronous: what --tags-out writes at the end of a run). */
  exportNow(): TagFile {
    const providers: TagFile['providers'] = {};
    for (const { name, root } of this.providers.values()) providers[name] = { tags: [...root.children.values()].map(exportNode) };
    return { providers };
  }
}

/** A read of a node, or of one of its properties (`.quality`, `.timestamp`, `.dataType`, `.name`...). */
export function readProperty(node: TagNode, property: string | null, now: number): TagReadResult {
  const text = (value: string): TagReadResult => ({ value, valueType: 'Text', quality: GOOD, timestamp: node.kind === 'atomic' ? node.timestamp : now });
  if (property === 'name') return text(node.name);
  if (property === 'tagtype') return text(node.kind === 'folder' ? 'Folder' : 'AtomicTag');
  if (node.kind === 'folder') return { value: null, valueType: null, quality: quality('Bad_NotFound'), timestamp: now };
  const atomic: AtomicNode = node;
  switch (property) {
    case null: case 'value': return { value: atomic.value, valueType: atomic.value === null ? null : atomic.dataType, quality: atomic.quality, timestamp: atomic.timestamp };
    case 'quality': return { value: atomic.quality, valueType: 'Quality', quality: GOOD, timestamp: atomic.timestamp };
    case 'timestamp': return { value: atomic.timestamp, valueType: 'DateTime', quality: GOOD, timestamp: atomic.timestamp };
    case 'datatype': return text(atomic.dataType);
    case 'valuesource': return text(atomic.valueSource);
    default: return { value: null, valueType: null, quality: quality('Bad_NotFound', `Property '${property}' not found.`), timestamp: now };
  }
}

