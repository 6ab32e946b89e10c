import { GOOD } from './quality.js';
import type { BrowseEntry, BrowseFilter, BrowseResult, TagReadResult } from './tag-provider.js';
import type { TagNode, FolderNode } from './tag-tree.js';

/** `*` matches any run of characters; the rest is literal; case is ignored, as in tag paths. */
function wildcard(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}

function matches(node: TagNode, filter: BrowseFilter, name: RegExp | undefined): boolean {
  if (name !== undefined && !name.test(node.name)) return false;
  const tagType = node.kind === 'folder' ? 'Folder' : 'AtomicTag';
  if (filter.tagType !== undefined && filter.tagType.toLowerCase() !== tagType.toLowerCase()) return false;
  if (filter.dataType !== undefined && (node.kind !== 'atomic' || node.dataType.toLowerCase() !== filter.dataType.toLowerCase())) return false;
  if (filter.valueSource !== undefined && (node.kind !== 'atomic' || node.valueSource.toLowerCase() !== filter.valueSource.toLowerCase())) return false;
  return true;
}

function entryOf(node: TagNode, fullPath: string, read: (node: TagNode) => TagReadResult): BrowseEntry {
  if (node.kind === 'folder') return { fullPath, name: node.name, tagType: 'Folder', hasChildren: node.children.size > 0 };
  return { fullPath, name: node.name, tagType: 'AtomicTag', hasChildren: false, dataType: node.dataType, valueSource: node.valueSource, value: read(node) };
}

/** system.tag.browse over a folder: its children (and with `recursive`, theirs), filtered, in the folder's order. */
export function browseFolder(folder: FolderNode, folderPath: string, filter: BrowseFilter, read: (node: TagNode) => TagReadResult): BrowseResult {
  const name = filter.name === undefined ? undefined : wildcard(filter.name);
  const all: BrowseEntry[] = [];
  const visit = (current: FolderNode, path: string): void => {
    for (const child of current.children.values()) {
      const childPath = `${path}${path.endsWith(']') ? '' : '/'}${child.name}`;
      if (matches(child, filter, name)) all.push(entryOf(child, childPath, read));
      if (filter.recursive === true && child.kind === 'folder') visit(child, childPath);
    }
  };
  visit(folder, folderPath);
  const max = filter.maxResults !== undefined && filter.maxResults >= 0 ? filter.maxResults : all.length;
  return { results: all.slice(0, max), totalAvailable: all.length, quality: GOOD };
}
