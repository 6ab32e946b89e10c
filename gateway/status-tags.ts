import type { TagNodeInput } from '../bindings/tag/tag-file-schema.js';
import type { TagProvider } from '../bindings/tag/tag-provider.js';
import { SESSION_COUNT_PATH } from '../bindings/tag/system-tags.js';
import { qualityText } from '../bindings/tag/quality.js';
import { escapeHtml } from './http-util.js';

/** Rows the status page shows at most; the rest are counted. */
export const STATUS_TAG_ROWS = 500;

interface TagRow {
  readonly path: string;
  readonly dataType: string;
  readonly value: string;
  readonly quality: string;
  readonly timestamp: string;
}

function flatten(provider: string, nodes: readonly TagNodeInput[], prefix: string, out: TagRow[]): void {
  for (const node of nodes) {
    const path = `${prefix}${node.name}`;
    if (node.tagType === 'Folder' || node.tags !== undefined) flatten(provider, node.tags ?? [], `${path}/`, out);
    else out.push({ path: `[${provider}]${path}`, dataType: node.dataType ?? '', value: node.value === undefined || node.value === null ? 'null' : String(node.value), quality: node.quality ?? 'Good', timestamp: node.timestamp ?? '' });
  }
}

/** The Tags section of the status page: the live session count, then every tag of the gateway's providers. */
export async function renderTagSection(tags: TagProvider): Promise<string> {
  const rows: TagRow[] = [];
  const [count] = await tags.read([SESSION_COUNT_PATH]);
  if (count !== undefined) rows.push({ path: SESSION_COUNT_PATH, dataType: 'Int4', value: String(count.value), quality: qualityText(count.quality), timestamp: new Date(count.timestamp).toISOString() });
  const file = await tags.exportTags();
  for (const [provider, content] of Object.entries(file.providers)) flatten(provider, content.tags, '', rows);
  const shown = rows.slice(0, STATUS_TAG_ROWS);
  const more = rows.length - shown.length;
  const body = shown.map((r) => `<tr><td>${escapeHtml(r.path)}</td><td>${escapeHtml(r.dataType)}</td><td>${escapeHtml(r.value)}</td><td>${escapeHtml(r.quality)}</td><td>${escapeHtml(r.timestamp)}</td></tr>`).join('');
  return `<h2>Tags</h2>
<table id="tags"><thead><tr><th>Path</th><th>Data type</th><th>Value</th><th>Quality</th><th>Timestamp</th></tr></thead>
<tbody>${body}</tbody></table>${more > 0 ? `<p id="tags-more">and ${more} more tags</p>` : ''}`;
}
