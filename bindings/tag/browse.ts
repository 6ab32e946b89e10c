import { GOOD } from './quality.js';
import type { BrowseEntry, BrowseFilter, BrowseResult, TagReadResult } from './tag-provider.js';
import type { TagNode, FolderNode } from './tag-tree.js';

/**
 * Whether `text` matches `pattern`, where `*` matches any run of characters and the rest is literal, ignoring case
 * (as tag paths do). Greedy with one backtrack point, so O(pattern × text) whatever the pattern: a script's filter
 * runs on the host, where a regular expression with many stars could backtrack for ever.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && p[pi] !== '*' && p[pi] === t[ti]) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

function matches(node: TagNode, filter: BrowseFilter): boolean {
  if (filter.name !== undefined && !wildcardMatch(filter.name, node.name)) return false;
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
  const all: BrowseEntry[] = [];
  const visit = (current: FolderNode, path: string): void => {
    for (const child of current.children.values()) {
      const childPath = `${path}${path.endsWith(']') ? '' : '/'}${child.name}`;
      if (matches(child, filter)) all.push(entryOf(child, childPath, read));
      if (filter.recursive === true && child.kind === 'folder') visit(child, childPath);
    }
  };
  visit(folder, folderPath);
  const max = filter.maxResults !== undefined && filter.maxResults >= 0 ? filter.maxResults : all.length;
  return { results: all.slice(0, max), totalAvailable: all.length, quality: GOOD };
}
