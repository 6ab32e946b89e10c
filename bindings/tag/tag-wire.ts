import { z } from 'zod';
import { TAG_DATA_TYPES } from './data-type.js';
import { QUALITY_NAMES } from './quality.js';
import { tagFileSchema, tagNodeSchema } from './tag-file-schema.js';

/**
 * The JSON of the gateway's tag API (/data/api/v1/tags/...), validated on both ends: the gateway checks requests,
 * GatewayTagProvider checks answers.
 */
export const TAG_API_PATH = 'data/api/v1/tags';

export const qualityWire = z.strictObject({ name: z.enum(QUALITY_NAMES), diagnostic: z.string().max(10_000).nullable() });

const tagValueWire = z.union([z.null(), z.boolean(), z.number(), z.string()]);

export const readResultWire = z.strictObject({
  value: z.union([tagValueWire, qualityWire]),
  valueType: z.union([z.enum(TAG_DATA_TYPES), z.literal('Quality'), z.literal('Text'), z.null()]),
  quality: qualityWire,
  timestamp: z.number(),
});

export const writeValueWire = z.strictObject({
  kind: z.enum(['none', 'bool', 'int', 'long', 'float', 'str', 'date', 'other']),
  value: tagValueWire,
  text: z.string(),
});

export const outcomeWire = z.strictObject({ tagPath: z.string(), quality: qualityWire });

export const browseFilterWire = z.strictObject({
  name: z.string().max(1024).optional(),
  dataType: z.string().max(64).optional(),
  tagType: z.string().max(64).optional(),
  valueSource: z.string().max(64).optional(),
  recursive: z.boolean().optional(),
  maxResults: z.number().int().optional(),
});

export const browseEntryWire = z.strictObject({
  fullPath: z.string(),
  name: z.string(),
  tagType: z.enum(['Folder', 'AtomicTag', 'Provider']),
  hasChildren: z.boolean(),
  dataType: z.enum(TAG_DATA_TYPES).optional(),
  valueSource: z.string().optional(),
  value: readResultWire.optional(),
});

const pathWire = z.string().max(4096);
const MAX_ITEMS = 10_000;

export const tagRequests = {
  read: z.strictObject({ paths: z.array(pathWire).max(MAX_ITEMS) }),
  write: z.strictObject({ writes: z.array(z.strictObject({ path: pathWire, value: writeValueWire })).max(MAX_ITEMS) }),
  browse: z.strictObject({ path: pathWire, filter: browseFilterWire }),
  configure: z.strictObject({ basePath: pathWire, tags: z.array(tagNodeSchema).max(MAX_ITEMS), collisionPolicy: z.enum(['a', 'o', 'm', 'i']) }),
};

export const tagResponses = {
  read: z.strictObject({ results: z.array(readResultWire) }),
  write: z.strictObject({ results: z.array(outcomeWire) }),
  browse: z.strictObject({ results: z.array(browseEntryWire), totalAvailable: z.number().int(), quality: qualityWire }),
  configure: z.strictObject({ results: z.array(outcomeWire) }),
  export: tagFileSchema,
};

export type TagOperation = keyof typeof tagRequests;
