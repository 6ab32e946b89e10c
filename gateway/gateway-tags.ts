import { MemoryTagProvider } from '../bindings/tag/memory-tag-provider.js';
import { SystemTags } from '../bindings/tag/system-tags.js';
import type { TagProvider } from '../bindings/tag/tag-provider.js';
import type { GatewayOptions } from './options.js';
import type { SessionStore } from './session-store.js';

/** The gateway's tags: its --tags file (read now; TagFileError if bad) with the live session count in [System]. */
export function gatewayTags(options: GatewayOptions, store: SessionStore): TagProvider {
  const file = options.tagsFile === undefined ? new MemoryTagProvider() : MemoryTagProvider.fromFile(options.tagsFile, { maxMb: options.tagsFileMaxMb });
  return new SystemTags(file, () => store.list({ username: null, project: null }).length);
}
