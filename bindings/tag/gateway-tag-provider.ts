import type { z } from 'zod';
import { BackendUnavailableError } from '../backend.js';
import type { TagFile, TagNodeInput } from './tag-file-types.js';
import type { BrowseFilter, BrowseResult, CollisionPolicy, TagOutcome, TagProvider, TagReadResult, TagWrite } from './tag-provider.js';
import { TAG_API_PATH, tagResponses } from './tag-wire.js';
import { failureReason, ResponseTooLarge, sendHttpRequest, type HttpAnswer } from '../backends/http-client.js';

export interface GatewayTagProviderOptions {
  /** Base URL of a running `perspective-sandbox gateway`. */
  readonly url: string;
  readonly token: string;
  /** Per-request timeout in ms (default 10 000). */
  readonly timeoutMs?: number;
  /** The largest answer accepted, in bytes (default 64 MiB), refused as it arrives. */
  readonly maxResponseBytes?: number;
}

/** The tags of a `perspective-sandbox gateway --tags FILE.json`, read and written over its token-protected API. */
export class GatewayTagProvider implements TagProvider {
  private readonly base: URL;
  private readonly inFlight = new AbortController();

  constructor(private readonly options: GatewayTagProviderOptions) {
    this.base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
  }

  dispose(): void {
    this.inFlight.abort();
  }

  async read(paths: readonly string[]): Promise<TagReadResult[]> {
    return (await this.call('read', { paths }, tagResponses.read)).results;
  }

  async write(writes: readonly TagWrite[]): Promise<TagOutcome[]> {
    return (await this.call('write', { writes }, tagResponses.write)).results;
  }

  async browse(path: string, filter: BrowseFilter): Promise<BrowseResult> {
    return this.call('browse', { path, filter }, tagResponses.browse);
  }

  async configure(basePath: string, tags: readonly TagNodeInput[], collisionPolicy: CollisionPolicy): Promise<TagOutcome[]> {
    return (await this.call('configure', { basePath, tags, collisionPolicy }, tagResponses.configure)).results;
  }

  async exportTags(): Promise<TagFile> {
    return this.call('export', undefined, tagResponses.export);
  }

  private where(): string {
    return this.base.href.replace(/\/$/, '');
  }

  private async call<S extends z.ZodType>(operation: string, body: unknown, schema: S): Promise<z.output<S>> {
    const target = new URL(`${TAG_API_PATH}/${operation}`, this.base);
    let response: HttpAnswer;
    try {
      response = await sendHttpRequest(target, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { Authorization: `Bearer ${this.options.token}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs ?? 10_000), this.inFlight.signal]),
      });
    } catch (error) {
      throw new BackendUnavailableError(`Cannot reach the tag API of the gateway at ${this.where()}: ${failureReason(error)}`);
    }
    const text = await this.readCapped(response);
    if (response.status === 401 || response.status === 403) throw new BackendUnavailableError(`The gateway at ${this.where()} refused the token (HTTP ${response.status}); check --token`);
    if (!response.ok) throw new BackendUnavailableError(`The gateway's tag API at ${this.where()} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BackendUnavailableError(`The gateway's tag API at ${this.where()} answered with something that is not JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new BackendUnavailableError(`The gateway's tag API at ${this.where()} answered ${operation} in an unexpected shape`);
    return parsed.data;
  }

  private async readCapped(response: HttpAnswer): Promise<string> {
    const max = this.options.maxResponseBytes ?? 64 * 1024 * 1024;
    try {
      return await response.text(max);
    } catch (error) {
      if (error instanceof ResponseTooLarge) throw new BackendUnavailableError(`The gateway at ${this.where()} sent a tag answer larger than ${max} bytes; refused`);
      throw new BackendUnavailableError(`The gateway at ${this.where()} broke off its tag answer: ${failureReason(error)}`);
    }
  }
}
