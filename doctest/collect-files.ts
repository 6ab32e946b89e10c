/**
 * Expands PATH arguments into documents. Directories are walked recursively for .md, .markdown, .txt, .py and .rst
 * files (skipping node_modules and dot-folders); a file named explicitly is taken whatever its extension.
 * The result is absolute, de-duplicated and sorted.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareStrings } from './selection.js';

export const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.py', '.rst']);

export class MissingPathError extends Error {
  constructor(readonly missing: string) {
    super(`No such file or folder: ${missing}`);
    this.name = 'MissingPathError';
  }
}

export async function collectDocuments(paths: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      throw new MissingPathError(p);
    }
    if (info.isDirectory()) await walk(abs, found);
    else found.add(abs);
  }
  return [...found].sort(compareStrings);
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, found);
    else if (e.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) found.add(full);
  }
}
