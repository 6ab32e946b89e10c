import { MemoryTagProvider } from './memory-tag-provider.js';
import type { TagFile, TagNodeInput } from './tag-file-types.js';
import type { BrowseFilter, BrowseResult, CollisionPolicy, TagOutcome, TagProvider, TagReadResult, TagWrite } from './tag-provider.js';

/**
 * Tags that can go back to how they started: for interpreters reused after reset() (doctest's warm pool, the
 * differential corpus), so that one document's or script's writes never reach the next.
 */
export class RestorableTagProvider implements TagProvider {
  private current: MemoryTagProvider;

  constructor(private readonly file: TagFile = { providers: { default: { tags: [] } } }) {
    this.current = new MemoryTagProvider(file);
  }

  /** Drops every write and configure since the start (or the last restore). */
  restore(): void {
    this.current = new MemoryTagProvider(this.file);
  }

  read(paths: readonly string[]): Promise<TagReadResult[]> {
    return this.current.read(paths);
  }

  write(writes: readonly TagWrite[]): Promise<TagOutcome[]> {
    return this.current.write(writes);
  }

  browse(path: string, filter: BrowseFilter): Promise<BrowseResult> {
    return this.current.browse(path, filter);
  }

  configure(basePath: string, tags: readonly TagNodeInput[], policy: CollisionPolicy): Promise<TagOutcome[]> {
    return this.current.configure(basePath, tags, policy);
  }

  exportTags(): Promise<TagFile> {
    return this.current.exportTags();
  }
}
