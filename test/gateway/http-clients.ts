import { Agent, request } from 'node:http';

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * POSTs `bytes` zero bytes with Transfer-Encoding: chunked (no Content-Length), like
 * `head -c N /dev/zero | curl -H 'Transfer-Encoding: chunked' --data-binary @-`, and stops sending once the
 * answer arrives. Resolves the answer, or `{ error }` when the connection failed before one came.
 */
export function postChunked(url: string, bytes: number, headers: Record<string, string> = {}): Promise<Answer | { error: string }> {
  return new Promise((resolve) => {
    let answered = false;
    let settled = false;
    const settle = (value: Answer | { error: string }): void => {
      if (!settled) {
        settled = true;
        resolve(value);
      }
    };
    const req = request(url, { method: 'POST', agent: false, headers: { 'Transfer-Encoding': 'chunked', ...headers } }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => { body += text; });
      res.on('end', () => settle({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', () => settle({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    const chunk = Buffer.alloc(64 * 1024);
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes && !answered) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

/** A keep-alive agent whose connections come from `localAddress` (e.g. 127.0.0.2: another client on loopback). */
export function agentFrom(localAddress: string, maxSockets = 16): Agent {
  return new Agent({ keepAlive: true, maxSockets, localAddress });
}

/** One request through `agent`; resolves the answer (body read to the end). */
export function send(url: string, init: { agent?: Agent; method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', agent: init.agent, headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => { body += text; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Runs `task` for 0..count-1 with at most `limit` in flight; returns the results in order. */
export async function inBatches<T>(count: number, limit: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  }));
  return results;
}
