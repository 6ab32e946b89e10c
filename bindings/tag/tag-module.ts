import { z } from 'zod';
import { pyFloat, type HostModule, type PyValue } from '../../runtime/index.js';
import { defineFunction, defineModule } from '../declare.js';
import type { EffectLog, JsonValue } from '../effects/effect-log.js';
import type { WriteValue } from './data-type.js';
import { QUALITY_NAMES, qualityCode, qualityText, type Quality } from './quality.js';
import { tagNodeSchema, type TagNodeInput } from './tag-file-schema.js';
import type { BrowseEntry, BrowseFilter, TagOutcome, TagProvider, TagReadResult } from './tag-provider.js';
import { TAG_PYTHON } from './tag-python.js';
import { RaiseInPython } from '../../runtime/index.js';

/** A value as the guest passes it, floats and longs unwrapped from their tags (`{$py: 'float', value}`). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const tagged = value as { $py?: unknown; value?: unknown; items?: unknown };
    if (tagged.$py === 'float') return tagged.value;
    if (tagged.$py === 'long') return Number(tagged.value);
    if (tagged.$py === 'tuple') return plain(tagged.items);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const paths = z.array(z.string().max(4096)).max(100_000);
const writeValue = z.tuple([
  z.enum(['none', 'bool', 'int', 'long', 'float', 'str', 'date', 'other']),
  z.union([z.null(), z.boolean(), z.number(), z.string().max(16_000_000)]),
  z.string().max(16_000_000),
]).transform(([kind, value, text]): WriteValue => ({ kind, value, text }));

const qualityRow = (q: Quality): PyValue => [q.name, q.diagnostic];

/** The double whose shortest decimal form is Java's Float.toString of a Float4 value (1.1f prints as 1.1, not 1.100000023841858). */
function float4Display(value: number): PyValue {
  for (let digits = 1; digits <= 9; digits++) {
    const short = Number(value.toPrecision(digits));
    if (Math.fround(short) === value) return pyFloat(short);
  }
  return pyFloat(value);
}

function readRow(r: TagReadResult): PyValue {
  const value = r.valueType === 'Quality' && r.value !== null && typeof r.value === 'object' ? { name: r.value.name, diagnostic: r.value.diagnostic } : r.value as PyValue;
  const display = r.valueType === 'Float4' && typeof r.value === 'number' && Number.isFinite(r.value) ? float4Display(r.value) : null;
  return [value, r.valueType, r.quality.name, r.quality.diagnostic, r.timestamp, display];
}

function browseRow(e: BrowseEntry): PyValue {
  return {
    fullPath: e.fullPath, name: e.name, hasChildren: e.hasChildren, tagType: e.tagType,
    ...(e.dataType !== undefined && e.value !== undefined ? { dataType: e.dataType, valueSource: e.valueSource ?? 'memory', value: readRow(e.value) } : {}),
  };
}

const filterSchema = z.object({
  name: z.string().max(1024).optional(),
  dataType: z.string().optional(),
  tagType: z.string().optional(),
  valueSource: z.string().optional(),
  recursive: z.boolean().optional(),
  maxResults: z.number().int().optional(),
});

function recordOutcomes(effects: EffectLog, fn: string, args: Record<string, JsonValue>, outcomes: readonly TagOutcome[]): void {
  effects.record({
    function: `system.tag.${fn}`,
    args,
    targets: outcomes.map((o) => ({ tagPath: o.tagPath })),
    result: outcomes.map((o) => qualityText(o.quality)),
  });
}

/**
 * system.tag over a TagProvider: readBlocking, writeBlocking, readAsync, writeAsync, exists, browse, configure.
 * Writes and configure are recorded as effects ('system.tag.writeBlocking', targets {tagPath}, result the qualities).
 */
export function tagModule(provider: TagProvider, effects: EffectLog): HostModule {
  return {
    ...defineModule('Tag scripting functions.', {
      _read: defineFunction({
        name: '_read',
        doc: 'Host call behind readBlocking.',
        params: { tagPaths: { schema: paths, expected: 'a list of strings' } },
        async impl({ tagPaths }) {
          return (await provider.read(tagPaths)).map(readRow);
        },
      }),
      _write: defineFunction({
        name: '_write',
        doc: 'Host call behind writeBlocking and writeAsync.',
        params: {
          function: { schema: z.enum(['writeBlocking', 'writeAsync']), expected: 'writeBlocking or writeAsync' },
          tagPaths: { schema: paths, expected: 'a list of strings' },
          values: { schema: z.preprocess(plain, z.array(writeValue)), expected: 'a list of encoded values' },
          timeout: { schema: z.preprocess(plain, z.number().nullable()), expected: 'a number or None' },
        },
        async impl({ function: fn, tagPaths, values, timeout }) {
          if (tagPaths.length !== values.length) throw new RaiseInPython('ValueError', 'tag paths and values differ in length');
          const outcomes = await provider.write(tagPaths.map((path, i) => ({ path, value: values[i] as WriteValue })));
          const args: Record<string, JsonValue> = { tagPaths, values: values.map((v) => (v.kind === 'other' ? v.text : v.kind === 'long' ? Number(v.value) : v.value)) };
          if (fn === 'writeBlocking') args['timeout'] = timeout ?? 45000;
          recordOutcomes(effects, fn, args, outcomes);
          return outcomes.map((o) => qualityRow(o.quality));
        },
      }),
      _browse: defineFunction({
        name: '_browse',
        doc: 'Host call behind browse.',
        params: {
          path: { schema: z.string().max(4096), expected: 'a string' },
          filter: { schema: z.preprocess(plain, filterSchema), expected: 'a filter dict' },
        },
        async impl({ path, filter }) {
          const result = await provider.browse(path, filter as BrowseFilter);
          return { results: result.results.map(browseRow), total: result.totalAvailable, quality: qualityRow(result.quality) };
        },
      }),
      _configure: defineFunction({
        name: '_configure',
        doc: 'Host call behind configure.',
        params: {
          basePath: { schema: z.string().max(4096), expected: 'a string' },
          tags: { schema: z.preprocess(plain, z.array(z.unknown()).max(100_000)), expected: 'a list of tag dicts' },
          collisionPolicy: { schema: z.enum(['a', 'o', 'm', 'i']), expected: "'a', 'o', 'm' or 'i'" },
        },
        async impl({ basePath, tags, collisionPolicy }) {
          const inputs: TagNodeInput[] = [];
          for (const [i, tag] of tags.entries()) {
            const parsed = tagNodeSchema.safeParse(tag);
            if (!parsed.success) {
              const issue = parsed.error.issues[0];
              throw new RaiseInPython('ValueError', `configure(): tags[${i}]${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid tag'}`);
            }
            inputs.push(parsed.data);
          }
          const outcomes = await provider.configure(basePath, inputs, collisionPolicy);
          // An aborted configure ('a' and a tag exists) changed nothing and raises in Python: it is no effect.
          const aborted = collisionPolicy === 'a' && outcomes.some((o) => o.quality.name === 'Bad_Failure');
          if (!aborted) recordOutcomes(effects, 'configure', { basePath, tags: tags as JsonValue, collisionPolicy }, outcomes);
          return outcomes.map((o) => qualityRow(o.quality));
        },
      }),
    }),
    python: {
      source: TAG_PYTHON,
      filename: '<system.tag>',
      exports: {
        readBlocking: 'readBlocking', writeBlocking: 'writeBlocking', readAsync: 'readAsync', writeAsync: 'writeAsync',
        exists: 'exists', browse: 'browse', configure: 'configure',
      },
      constants: { _CODES: Object.fromEntries(QUALITY_NAMES.map((n) => [n, qualityCode(n)])) },
    },
  };
}

