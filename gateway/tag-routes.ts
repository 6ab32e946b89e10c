import type { IncomingMessage, ServerResponse } from 'node:http';
import { tagRequests, type TagOperation } from '../bindings/tag/tag-wire.js';
import type { GatewayContext, RequestParts } from './context.js';
import { HttpError, sendJson } from './http-util.js';

const TAG_PATH = /^\/data\/api\/v1\/tags\/(read|write|browse|configure|export)$/;

export function isTagPath(pathname: string): boolean {
  return pathname.startsWith('/data/api/v1/tags/');
}

/** The largest answer the tag API sends, as the sessions client accepts (64 MiB): a browse past it is refused, not cut. */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

function parseBody<O extends TagOperation>(operation: O, body: string): ReturnType<(typeof tagRequests)[O]['parse']> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'The body must be JSON');
  }
  const parsed = tagRequests[operation].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, `Bad ${operation} request${issue ? ` at ${issue.path.join('.') || 'body'}: ${issue.message}` : ''}`);
  }
  return parsed.data as ReturnType<(typeof tagRequests)[O]['parse']>;
}

function answer(res: ServerResponse, value: unknown): void {
  const size = Buffer.byteLength(JSON.stringify(value));
  if (size > MAX_ANSWER_BYTES) throw new HttpError(413, `The answer would be ${size} bytes, over the ${MAX_ANSWER_BYTES}-byte cap; narrow the request`);
  sendJson(res, 200, value);
}

/**
 * /data/api/v1/tags/{read,write,browse,configure} (POST, JSON; see bindings/tag/tag-wire.ts) and /export (GET):
 * the gateway's tags for scripts run with --gateway. The caller has checked the bearer token.
 */
export async function handleTagRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse, { url, body }: RequestParts): Promise<void> {
  const tags = context.tags;
  if (tags === undefined) throw new HttpError(404, 'This gateway serves no tags');
  const match = TAG_PATH.exec(url.pathname);
  if (!match) throw new HttpError(404, 'No such tag endpoint; use read, write, browse, configure or export');
  const operation = match[1] as TagOperation | 'export';
  const method = req.method ?? 'GET';
  if (operation === 'export') {
    if (method !== 'GET') throw new HttpError(405, 'Use GET');
    return answer(res, await tags.exportTags());
  }
  if (method !== 'POST') throw new HttpError(405, 'Use POST');
  switch (operation) {
    case 'read': return answer(res, { results: await tags.read(parseBody('read', body).paths) });
    case 'write': {
      const results = await tags.write(parseBody('write', body).writes);
      context.log({ event: 'tags-written', paths: results.map((r) => r.tagPath).slice(0, 20).join(', '), count: results.length });
      return answer(res, { results });
    }
    case 'browse': {
      const { path, filter } = parseBody('browse', body);
      return answer(res, await tags.browse(path, filter));
    }
    case 'configure': {
      const request = parseBody('configure', body);
      const results = await tags.configure(request.basePath, request.tags, request.collisionPolicy);
      context.log({ event: 'tags-configured', basePath: request.basePath, count: results.length });
      return answer(res, { results });
    }
  }
}
