import { z } from 'zod';
import type { ParamDef } from '../../declare.js';

/** Parameters most system.perspective actions share, as the 8.1 manual declares them. */
export const optionalString = { schema: z.string().nullable(), default: null, expected: 'a string or None' } satisfies ParamDef;
export const requiredString = { schema: z.string(), expected: 'a string' } satisfies ParamDef;

/** A Python dict (its keys are strings once it has crossed into the host), or None. */
const dictSchema = z.record(z.string(), z.unknown()).refine((value) => !('$py' in value));
export const optionalDict = { schema: dictSchema.nullable(), default: null, expected: 'a dict or None' } satisfies ParamDef;
export const requiredDict = { schema: dictSchema.nullable(), expected: 'a dict or None' } satisfies ParamDef;

/** A Java boolean parameter: True/False, or a number (Jython coerces 0 to false, anything else to true). */
export function bool(defaultValue: boolean): ParamDef<z.ZodType<boolean, boolean | number>> {
  return { schema: z.union([z.boolean(), z.number()]).transform((v) => Boolean(v)), default: defaultValue, expected: 'a bool' };
}

/** sessionId and pageId, last in most signatures. */
export const targetParams = { sessionId: optionalString, pageId: optionalString } as const;
