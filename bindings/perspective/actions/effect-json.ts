import type { JsonObject, JsonValue } from '../../effects/effect-log.js';

/**
 * An argument as a host function received it (JSON with `$py` tags, see runtime/py-values.ts) as plain JSON for an
 * effect: floats and safe longs become numbers, tuples lists, mappings objects; a long past 2**53 keeps its digits
 * as a string, and an object with no JSON form is recorded as `<type object>`.
 */
export function toEffectJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(toEffectJson);
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  switch (record['$py']) {
    case 'float': {
      const number = Number(record['value']);
      return Number.isFinite(number) ? number : String(number);
    }
    case 'long': {
      const digits = String(record['value']);
      return Number.isSafeInteger(Number(digits)) ? Number(digits) : digits;
    }
    case 'str': return String(record['value']);
    case 'tuple': return toEffectJson(record['items']);
    case 'mapping': return toEffectJson(record['entries']);
    case 'opaque': return `<${String(record['type'])} object>`;
    default: return toEffectObject(record);
  }
}

export function toEffectObject(value: Readonly<Record<string, unknown>>): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) out[key] = toEffectJson(item);
  return out;
}
