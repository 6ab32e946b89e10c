import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-util.js';

/** The largest request body any route accepts (login form, logout, close requests). */
export const BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Reads a request body of at most `limit` bytes, declared (Content-Length) or chunked. Over the limit it stops
 * reading and rejects with HttpError 413; the caller answers and closes the connection. Never destroys the
 * request itself, so the response can still be written.
 */
export function readBody(req: IncomingMessage, limit: number = BODY_LIMIT_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpError(413, `Request body too large (limit ${limit} bytes)`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        reject(new HttpError(413, `Request body too large (limit ${limit} bytes)`));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new HttpError(400, `Request body could not be read: ${error.message}`));
    };
    const onAborted = (): void => onError(new Error('the client went away'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}
