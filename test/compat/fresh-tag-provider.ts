import { MemoryTagProvider, readTagFile, type BrowseFilter, type BrowseResult, type CollisionPolicy, type TagFile, type TagNodeInput, type TagOutcome, type TagProvider, type TagReadResult, type TagWrite } from '../../bindings/index.js';

/**
 * The corpus's tags (tags.json), restorable: scripts write tags, and each must start from the file (Jython's
 * runner builds a new model per script) although the harness reuses one sandbox session.
 */
export class FreshTagProvider implements TagProvider {
  private readonly file: TagFile;
  private current: MemoryTagProvider;

  constructor(path: string) {
    this.file = readTagFile(path);
    this.current = new MemoryTagProvider(this.file);
  }

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
