import type { TagDataType, TagValue, WriteValue } from './data-type.js';
import type { Quality } from './quality.js';
import type { TagFile, TagNodeInput } from './tag-file-types.js';

/** What a read of one path gives: the value (a Quality for `.quality` reads), its type, quality and timestamp. */
export interface TagReadResult {
  readonly value: TagValue | Quality;
  /** How the guest makes a Python value of `value`: a data type, 'Quality' (a QualityCode) or 'Text' (unicode); null for a null value of no type. */
  readonly valueType: TagDataType | 'Quality' | 'Text' | null;
  readonly quality: Quality;
  /** Epoch milliseconds. */
  readonly timestamp: number;
}

export interface TagWrite {
  readonly path: string;
  readonly value: WriteValue;
}

/** The outcome of one write or one configured tag, with the path resolved (`[default]Folder/Tag`), for effects. */
export interface TagOutcome {
  readonly tagPath: string;
  readonly quality: Quality;
}

/** system.tag.browse's filter keys that the sandbox applies. */
export interface BrowseFilter {
  readonly name?: string | undefined;
  readonly dataType?: string | undefined;
  readonly tagType?: string | undefined;
  readonly valueSource?: string | undefined;
  readonly recursive?: boolean | undefined;
  readonly maxResults?: number | undefined;
}

export interface BrowseEntry {
  readonly fullPath: string;
  readonly name: string;
  readonly tagType: 'Folder' | 'AtomicTag' | 'Provider';
  readonly hasChildren: boolean;
  readonly dataType?: TagDataType | undefined;
  readonly valueSource?: string | undefined;
  readonly value?: TagReadResult | undefined;
}

export interface BrowseResult {
  readonly results: readonly BrowseEntry[];
  /** The total before maxResults cut the list. */
  readonly totalAvailable: number;
  readonly quality: Quality;
}

/** configure's collision policies: (a)bort, (o)verwrite, (m)ergeOverwrite, (i)gnore. */
export type CollisionPolicy = 'a' | 'o' | 'm' | 'i';

/**
 * Where system.tag reads and writes tags: a file's providers held in memory (MemoryTagProvider), a live
 * gateway (GatewayTagProvider), or your own. Paths arrive as the script wrote them (`[provider]Folder/Tag.prop`);
 * a missing tag is a Bad_NotFound quality, never an exception.
 */
export interface TagProvider {
  read(paths: readonly string[]): Promise<TagReadResult[]>;
  write(writes: readonly TagWrite[]): Promise<TagOutcome[]>;
  browse(path: string, filter: BrowseFilter): Promise<BrowseResult>;
  configure(basePath: string, tags: readonly TagNodeInput[], policy: CollisionPolicy): Promise<TagOutcome[]>;
  /** Every provider's tags, in the file format (for --tags-out and the gateway's status page). */
  exportTags(): Promise<TagFile>;
}
