import type * as Http from 'node:http';
import type * as Https from 'node:https';
import { createRequire } from 'node:module';

/**
 * The HTTP client of the gateway's APIs (sessions, actions, tags), on node:http rather than fetch: Node 20 loads
 * fetch's implementation (undici) at its first use, which cost ~30 ms of every `run --gateway` before its first
 * request could leave. Connections are kept alive between a run's calls; idle ones do not keep Node running.
 */
interface Client {
  readonly request: typeof Http.request;
  readonly agent: Http.Agent;
}
let clients: { 'http:': Client; 'https:': Client } | undefined;

/** node:http and node:https are loaded at the first request: loading them cost every start ~1.7 ms. */
function clientFor(protocol: string): Client {
  if (clients === undefined) {
    const require = createRequire(import.meta.url);
    const http = require('node:http') as typeof Http;
    const https = require('node:https') as typeof Https;
    clients = {
      'http:': { request: http.request, agent: new http.Agent({ keepAlive: true }) },
      'https:': { request: https.request, agent: new https.Agent({ keepAlive: true }) },
    };
  }
  return protocol === 'https:' ? clients['https:'] : clients['http:'];
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Ends the request, and the reading of its answer, when it fires. */
  readonly signal: AbortSignal;
}

/** An answer whose body has not been read yet. */
export interface HttpAnswer {
  readonly status: number;
  /** A 2xx status. */
  readonly ok: boolean;
  /**
   * The body as UTF-8 text. More than maxBytes is refused as it arrives, whatever Content-Length says: the promise
   * rejects with ResponseTooLarge. A connection that breaks off rejects with HttpFailure.
   */
  text(maxBytes: number): Promise<string>;
  /** Drops the body unread. */
  discard(): void;
}

/** The request could not be made or its answer broke off; `reason` says why, in a few words. */
export class HttpFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class ResponseTooLarge extends Error {}

/** Why a request or its answer failed, for a message (an HttpFailure's reason, else the error as text). */
export function failureReason(error: unknown): string {
  return error instanceof HttpFailure ? error.reason : String(error);
}

/** Sends a request; rejects with HttpFailure when no answer (status line and headers) arrives. */
export function sendHttpRequest(target: URL, request: HttpRequest): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const { request: send, agent } = clientFor(target.protocol);
    const headers = request.body === undefined ? request.headers : { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) };
    const req = send(target, { method: request.method, headers, agent, signal: request.signal }, (response) => resolve(answer(response)));
    req.on('error', (error) => reject(new HttpFailure(describeFailure(error, request.signal))));
    req.end(request.body);
  });
}

function answer(response: Http.IncomingMessage): HttpAnswer {
  const status = response.statusCode ?? 0;
  return {
    status,
    ok: status >= 200 && status <= 299,
    discard: () => response.resume(),
    text: (maxBytes) => new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > maxBytes) {
          // Rejected first: destroying the response emits its own events, which then change nothing.
          reject(new ResponseTooLarge(`larger than ${maxBytes} bytes`));
          response.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', (error) => reject(new HttpFailure(describeFailure(error, undefined))));
      response.on('aborted', () => reject(new HttpFailure('the connection closed mid-answer')));
    }),
  };
}

function describeFailure(error: unknown, signal: AbortSignal | undefined): string {
  if (signal?.aborted === true || (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))) return 'no answer in time';
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ECONNREFUSED') return 'connection refused (is the gateway running?)';
  if (code === 'ENOTFOUND') return 'unknown host';
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
