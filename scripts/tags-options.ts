import { GatewayTagProvider } from '../bindings/tag/gateway-tag-provider.js';
import { MemoryTagProvider } from '../bindings/tag/memory-tag-provider.js';
import { writeTagFile } from '../bindings/tag/tag-file.js';
import type { TagProvider } from '../bindings/tag/tag-provider.js';
import { UsageError } from './command-line.js';

interface TagOptions {
  readonly gateway?: string | undefined;
  readonly token?: string | undefined;
  readonly tags?: string | undefined;
  readonly 'tags-max-mb'?: number | undefined;
}

/** The tags the options name: the gateway's (--gateway), a --tags file (read now: TagFileError), or an empty provider. */
export function tagProviderFrom(options: TagOptions): TagProvider {
  if (options.gateway !== undefined) {
    const token = options.token ?? process.env['PERSPECTIVE_SANDBOX_TOKEN'];
    if (token === undefined) throw new UsageError('--gateway needs --token (or $PERSPECTIVE_SANDBOX_TOKEN)');
    return new GatewayTagProvider({ url: options.gateway, token });
  }
  if (options.tags !== undefined) return MemoryTagProvider.fromFile(options.tags, options['tags-max-mb'] === undefined ? {} : { maxMb: options['tags-max-mb'] });
  return new MemoryTagProvider();
}

/** --tags-out: the tags as the run left them, written atomically. */
export function saveTagsOut(options: { readonly 'tags-out'?: string | undefined }, tags: TagProvider): void {
  const out = options['tags-out'];
  if (out !== undefined && tags instanceof MemoryTagProvider) writeTagFile(out, tags.exportNow());
}

/** Abandons a gateway provider's requests in flight. */
export function disposeTags(tags: TagProvider): void {
  if (tags instanceof GatewayTagProvider) tags.dispose();
}
