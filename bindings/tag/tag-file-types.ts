import type { TAG_DATA_TYPES } from './data-type.js';
import type { QUALITY_NAMES } from './quality.js';

// The shapes of a tag file, as plain types (tag-file-schema.ts checks files against them with zod): the public
// declarations name them without depending on zod.

/**
 * One node of a tag file (and of a system.tag.configure dict): a folder (`tagType: "Folder"` or a `tags` list) or
 * an atomic tag with `dataType` and `value`. `timestamp` is ISO 8601; DateTime values are ISO 8601 text or epoch ms.
 */
export interface TagNodeInput {
  readonly name: string;
  readonly tagType?: 'Folder' | 'AtomicTag' | undefined;
  readonly tags?: readonly TagNodeInput[] | undefined;
  readonly dataType?: (typeof TAG_DATA_TYPES)[number] | undefined;
  readonly valueSource?: string | undefined;
  readonly value?: null | boolean | number | string | undefined;
  readonly quality?: (typeof QUALITY_NAMES)[number] | undefined;
  readonly timestamp?: string | undefined;
}

/** A tag file: providers by name, each a tree of folders and tags. `System` is reserved for the gateway's own tags. */
export interface TagFile {
  readonly providers: Record<string, { readonly tags: readonly TagNodeInput[] }>;
}
