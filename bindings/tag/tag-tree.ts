import { valueFitsDataType, type TagDataType, type TagValue } from './data-type.js';
import { GOOD, quality, type Quality } from './quality.js';
import type { TagNodeInput } from './tag-file-types.js';

export interface FolderNode {
  readonly kind: 'folder';
  readonly name: string;
  /** Children by lower-cased name (Ignition's paths ignore case), in insertion order. */
  readonly children: Map<string, TagNode>;
}

export interface AtomicNode {
  readonly kind: 'atomic';
  readonly name: string;
  dataType: TagDataType;
  valueSource: string;
  value: TagValue;
  quality: Quality;
  /** Epoch milliseconds of the last value change. */
  timestamp: number;
}

export type TagNode = FolderNode | AtomicNode;

/** A node that cannot be built: `where` is its tag path, as messages show it. */
export class TagConfigError extends Error {
  constructor(readonly where: string, detail: string) {
    super(`${where}: ${detail}`);
    this.name = 'TagConfigError';
  }
}

export function emptyFolder(name: string): FolderNode {
  return { kind: 'folder', name, children: new Map() };
}

export function isFolderInput(input: TagNodeInput): boolean {
  return input.tagType === 'Folder' || (input.tagType === undefined && input.tags !== undefined && input.dataType === undefined);
}

/** A stored value from a file or a configure dict: DateTime accepts ISO 8601 text as well as epoch ms. */
function storedValue(input: TagNodeInput, dataType: TagDataType, where: string): TagValue {
  const raw = input.value ?? null;
  const value = dataType === 'DateTime' && typeof raw === 'string' ? Date.parse(raw) : raw;
  if (typeof value === 'number' && Number.isNaN(value)) throw new TagConfigError(`${where}.value`, 'a DateTime value must be ISO 8601 text or epoch milliseconds');
  if (!valueFitsDataType(value, dataType)) {
    throw new TagConfigError(`${where}.value`, `${JSON.stringify(raw)} is not a value of type ${dataType}`);
  }
  return typeof value === 'number' && dataType === 'Float4' ? Math.fround(value) : value;
}

/** Builds a node (and its children) from its input; `where` is its path for messages; `now` stamps tags without a timestamp. */
export function buildNode(input: TagNodeInput, where: string, now: number): TagNode {
  if (isFolderInput(input)) {
    if (input.dataType !== undefined || input.value !== undefined) throw new TagConfigError(where, 'a folder has no dataType or value');
    const folder = emptyFolder(input.name);
    for (const child of input.tags ?? []) addChild(folder, buildNode(child, `${where}/${child.name}`, now), `${where}/${child.name}`);
    return folder;
  }
  if (input.tags !== undefined) throw new TagConfigError(where, 'an AtomicTag has no "tags" (make it a Folder)');
  if (input.dataType === undefined) throw new TagConfigError(where, 'an AtomicTag needs a dataType');
  return {
    kind: 'atomic',
    name: input.name,
    dataType: input.dataType,
    valueSource: input.valueSource ?? 'memory',
    value: storedValue(input, input.dataType, where),
    quality: input.quality === undefined ? GOOD : quality(input.quality),
    timestamp: input.timestamp === undefined ? now : Date.parse(input.timestamp),
  };
}

export function addChild(folder: FolderNode, node: TagNode, where: string): void {
  const key = node.name.toLowerCase();
  if (folder.children.has(key)) throw new TagConfigError(where, `a second tag or folder named '${node.name}' in the same folder (names ignore case)`);
  folder.children.set(key, node);
}

/** Changes an existing node with the keys a merging configure gives, keeping the others. */
export function mergeInto(target: TagNode, input: TagNodeInput, where: string, now: number): TagNode {
  if (target.kind === 'folder') {
    if (!isFolderInput(input) && input.tagType !== undefined) return buildNode(input, where, now);
    for (const child of input.tags ?? []) {
      const existing = target.children.get(child.name.toLowerCase());
      const built = existing ? mergeInto(existing, child, `${where}/${child.name}`, now) : buildNode(child, `${where}/${child.name}`, now);
      target.children.set(child.name.toLowerCase(), built);
    }
    return target;
  }
  if (isFolderInput(input)) return buildNode(input, where, now);
  const dataType = input.dataType ?? target.dataType;
  const merged: AtomicNode = {
    ...target,
    dataType,
    valueSource: input.valueSource ?? target.valueSource,
    value: input.value !== undefined ? storedValue(input, dataType, where) : target.value,
    quality: input.quality !== undefined ? quality(input.quality) : target.quality,
    timestamp: input.timestamp !== undefined ? Date.parse(input.timestamp) : input.value !== undefined ? now : target.timestamp,
  };
  if (!valueFitsDataType(merged.value, dataType)) throw new TagConfigError(`${where}.value`, `the value does not fit the new dataType ${dataType}`);
  return merged;
}

/** A node in the file format (what --tags-out writes): DateTime values and timestamps as ISO 8601. */
export function exportNode(node: TagNode): TagNodeInput {
  if (node.kind === 'folder') return { name: node.name, tagType: 'Folder', tags: [...node.children.values()].map(exportNode) };
  return {
    name: node.name,
    tagType: 'AtomicTag',
    dataType: node.dataType,
    ...(node.valueSource !== 'memory' ? { valueSource: node.valueSource } : {}),
    value: node.dataType === 'DateTime' && typeof node.value === 'number' ? new Date(node.value).toISOString() : node.value,
    ...(node.quality.name !== 'Good' ? { quality: node.quality.name } : {}),
    timestamp: new Date(node.timestamp).toISOString(),
  };
}
