import { z } from 'zod';
import { parseOptions } from '../runtime/parse-options.js';
import { IGNITION_VERSIONS } from './session.js';
import { LOG_LEVELS } from './util/index.js';

/** The Ignition options checked here (limits and the machine's zone and host name are checked by the Interpreter). */
const ignitionOptionsSchema = z.object({
  ignitionVersion: z.enum(IGNITION_VERSIONS).optional(),
  logLevel: z.enum(LOG_LEVELS).optional(),
  sessionsFile: z.string().min(1).optional(),
  sessionsFileMaxMb: z.number().positive().optional(),
  argv: z.array(z.string()).optional(),
});

/** Throws an InvalidOptionError naming the first bad option (e.g. `ignitionVersion`). */
export function checkIgnitionOptions(options: unknown): void {
  parseOptions(ignitionOptionsSchema, options, '');
}
