import type { HostModule } from '../../runtime/host-module.js';
import { defineModule } from '../declare.js';
import type { IgnitionVersion } from '../session.js';
import { UTIL_PYTHON } from './util-python.js';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface UtilOptions {
  readonly projectName: string;
  readonly ignitionVersion: IgnitionVersion;
  /** The lowest level a logger writes (default 'info', as on a gateway). */
  readonly logLevel?: LogLevel;
}

/** system.util: getLogger, jsonEncode/jsonDecode, getProjectName, getVersion, getGlobals (all run inside the sandbox). */
export function utilModule({ projectName, ignitionVersion, logLevel = 'info' }: UtilOptions): HostModule {
  const [major, minor] = ignitionVersion.split('.').map(Number);
  return {
    ...defineModule('Utility scripting functions.', {}),
    python: {
      source: UTIL_PYTHON,
      filename: '<system.util>',
      exports: {
        getLogger: 'getLogger',
        jsonEncode: 'jsonEncode',
        jsonDecode: 'jsonDecode',
        getProjectName: 'getProjectName',
        getVersion: 'getVersion',
        getGlobals: 'getGlobals',
      },
      constants: { _LOG_LEVEL: logLevel, _PROJECT_NAME: projectName, _VERSION: [major ?? 8, minor ?? 0, 0, 0] },
    },
  };
}
