import { z } from 'zod';
import { TAG_DATA_TYPES } from './data-type.js';
import { QUALITY_NAMES } from './quality.js';
import type { TagFile, TagNodeInput } from './tag-file-types.js';

export type { TagFile, TagNodeInput };

/** A tag or folder name: no path separators, brackets or dots (a dot starts a property). */
export const tagNameSchema = z.string().min(1, 'a name must not be empty').max(256)
  .regex(/^[^/[\]."]+$/, 'a name must not contain / [ ] . or "');

export const tagNodeSchema: z.ZodType<TagNodeInput> = z.lazy(() => z.strictObject({
  name: tagNameSchema,
  tagType: z.enum(['Folder', 'AtomicTag'], { error: 'tagType must be "Folder" or "AtomicTag"' }).optional(),
  tags: z.array(tagNodeSchema).max(100_000).optional(),
  dataType: z.enum(TAG_DATA_TYPES, { error: `dataType must be one of ${TAG_DATA_TYPES.join(', ')}` }).optional(),
  valueSource: z.string().min(1).max(64).optional(),
  value: z.union([z.null(), z.boolean(), z.number(), z.string().max(1_000_000, 'a String value holds at most 1000000 characters')]).optional(),
  quality: z.enum(QUALITY_NAMES, { error: 'quality must be a quality name such as "Good" or "Bad_Stale"' }).optional(),
  timestamp: z.string().refine((t) => Number.isFinite(Date.parse(t)), 'timestamp must be an ISO 8601 date-time').optional(),
}));

export const tagProviderSchema = z.strictObject({ tags: z.array(tagNodeSchema).max(100_000) });

/** A tag file: providers by name, each a tree of folders and tags. `System` is reserved for the gateway's own tags. */
export const tagFileSchema = z.strictObject({
  providers: z.record(z.string().min(1).max(128).regex(/^[^[\]/]+$/, 'a provider name must not contain [ ] or /'), tagProviderSchema),
});

tagFileSchema satisfies z.ZodType<TagFile, unknown>;
