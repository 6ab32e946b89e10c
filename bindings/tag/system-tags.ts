import { quality } from './quality.js';
import { MemoryTagProvider, SYSTEM_PROVIDER } from './memory-tag-provider.js';
import type { TagFile, TagNodeInput } from './tag-file-types.js';
import type { BrowseFilter, BrowseResult, CollisionPolicy, TagOutcome, TagProvider, TagReadResult, TagWrite } from './tag-provider.js';

/** The live count of Perspective sessions, a read-only system tag. */
export const SESSION_COUNT_PATH = `[${SYSTEM_PROVIDER}]Gateway/Perspective/SessionCount`;

const SYSTEM_PREFIX = /^\s*\[\s*system\s*\]/i;
const isSystemPath = (path: string): boolean => SYSTEM_PREFIX.test(path);

function systemFile(sessionCount: number, now: number): TagFile {
  const stamp = new Date(now).toISOString();
  return {
    providers: {
      [SYSTEM_PROVIDER]: {
        tags: [{ name: 'Gateway', tagType: 'Folder', tags: [{ name: 'Perspective', tagType: 'Folder', tags: [
          { name: 'SessionCount', tagType: 'AtomicTag', dataType: 'Int4', valueSource: 'expr', value: sessionCount, timestamp: stamp },
        ] }] }],
      },
    },
  };
}

/** Runs `op` on the items of `items` that `pick` selects, and `other` on the rest, keeping the items' order in the answer. */
async function splitBy<I, O>(items: readonly I[], pick: (item: I) => boolean, op: (part: I[]) => Promise<O[]>, other: (part: I[]) => Promise<O[]>): Promise<O[]> {
  const picked = items.filter(pick);
  const rest = items.filter((item) => !pick(item));
  const [a, b] = await Promise.all([picked.length ? op(picked) : Promise.resolve([]), rest.length ? other(rest) : Promise.resolve([])]);
  let i = 0;
  let j = 0;
  return items.map((item) => (pick(item) ? a[i++] : b[j++]) as O);
}

/**
 * A provider with the gateway's `[System]` tags in front of it: `[System]Gateway/Perspective/SessionCount` counts
 * the sessions of the session backend at each read (writes give Bad_ReadOnly); every other path goes to `inner`.
 */
export class SystemTags implements TagProvider {
  constructor(private readonly inner: TagProvider, private readonly sessionCount: () => number | Promise<number>, private readonly clock: () => number = Date.now) {}

  private async current(): Promise<MemoryTagProvider> {
    const now = this.clock();
    return new MemoryTagProvider(systemFile(await this.sessionCount(), now), this.clock, true);
  }

  read(paths: readonly string[]): Promise<TagReadResult[]> {
    return splitBy(paths, isSystemPath, async (part) => (await this.current()).read(part), (part) => this.inner.read(part));
  }

  write(writes: readonly TagWrite[]): Promise<TagOutcome[]> {
    return splitBy(writes, (w) => isSystemPath(w.path), async (part) => {
      const system = await this.current();
      const found = await system.read(part.map((w) => w.path));
      return part.map((w, k) => {
        const q = found[k]?.quality;
        return { tagPath: w.path.trim(), quality: q?.name === 'Bad_NotFound' ? q : quality('Bad_ReadOnly', `System tag '${w.path.trim()}' is read-only`) };
      });
    }, (part) => this.inner.write(part));
  }

  async browse(path: string, filter: BrowseFilter): Promise<BrowseResult> {
    return isSystemPath(path) ? (await this.current()).browse(path, filter) : this.inner.browse(path, filter);
  }

  configure(basePath: string, tags: readonly TagNodeInput[], policy: CollisionPolicy): Promise<TagOutcome[]> {
    if (!isSystemPath(basePath)) return this.inner.configure(basePath, tags, policy);
    return Promise.resolve(tags.map((t) => ({ tagPath: `${basePath.trim()}/${t.name}`, quality: quality('Bad_ReadOnly', `The ${SYSTEM_PROVIDER} provider is read-only`) })));
  }

  exportTags(): Promise<TagFile> {
    return this.inner.exportTags();
  }
}
