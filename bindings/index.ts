export { runScript, createIgnitionInterpreter, ignitionInterpreterOptions, demoSessionsFile, projectLibraryOf, type IgnitionOptions, type IgnitionRunResult, type IgnitionInterpreter } from './run-script.js';
export { createSystemModule, type SystemOptions } from './system.js';
export { defineFunction, defineModule, type ParamDef, type FunctionDef } from './declare.js';
export { matchesFilter, SessionNotFoundError, PageNotFoundError, type PerspectiveAction, type PerspectiveActionResult, BackendUnavailableError, type SessionBackend, type SessionFilter, type SessionSnapshot, type SnapshotRecord } from './backend.js';
export { FixtureBackend, FixtureError, parseFixture, deriveRecord } from './backends/fixture.js';
export { fixtureSessionSchema, fixtureFileSchema, type FixtureSession } from './backends/fixture-schema.js';
export { scopeFromUserAgent } from './user-agent.js';
export { sessionObject, getSessionInfo, GET_SESSION_INFO_DOC } from './perspective/get-session-info.js';
export {
  IGNITION_VERSIONS, SESSION_SCOPES, SESSION_KEYS_80, SESSION_KEYS_81, UNAUTHENTICATED, sessionKeys,
  type IgnitionVersion, type SessionScope, type SessionRecord, type SessionKey,
} from './session.js';
export { sessionRecordSchema } from './session-schema.js';
export { DirectoryProjectLibrary, type DirectoryLibraryLimits } from './project/directory-library.js';
export { ProjectLibraryError, NO_PROJECT, type ProjectLibrary, type ProjectScript, type ProjectInfo } from './project/library.js';
export { LOG_LEVELS, type LogLevel } from './util/index.js';
export { GATEWAY_FUNCTIONS } from './gateway-functions.js';
export { EffectLog, type Effect, type EffectInput, type JsonValue, type JsonObject } from './effects/effect-log.js';
export { effectLine, type EffectLineInput } from './effects/effect-lines.js';
export { MemoryTagProvider, SYSTEM_PROVIDER } from './tag/memory-tag-provider.js';
export { SystemTags, SESSION_COUNT_PATH } from './tag/system-tags.js';
export { TagFileError, readTagFile, parseTagFile, writeTagFile, DEFAULT_TAG_FILE_MAX_MB } from './tag/tag-file.js';
export { tagFileSchema, tagNodeSchema, type TagFile, type TagNodeInput } from './tag/tag-file-schema.js';
export type { TagProvider, TagReadResult, TagWrite, TagOutcome, BrowseFilter, BrowseEntry, BrowseResult, CollisionPolicy } from './tag/tag-provider.js';
export { TAG_DATA_TYPES, type TagDataType, type TagValue, type WriteValue } from './tag/data-type.js';
export { QUALITY_NAMES, qualityCode, qualityText, type Quality, type QualityName } from './tag/quality.js';
export { tagProviderOf } from './run-script.js';
export { RestorableTagProvider } from './tag/restorable-tag-provider.js';
