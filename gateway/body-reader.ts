import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-util.js';

/** The largest request body any route accepts (login form, logout, close requests). */
export const BODY_LIMIT_BYTES = 16 * 1024;
/** After an early answer, the rest of a body is read and dropped for at most this long and this much, then the connection is cut. */
export const DRAIN_LIMIT_MS = 5_000;
export const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

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

/**
 * Reads and drops what is left of a request body after the answer was written early (413, 403 …), then calls
 * `done` (which ends the response). Ending it earlier would close the connection under a client still sending,
 * which then gets a reset instead of the answer. A body past DRAIN_LIMIT_BYTES or DRAIN_LIMIT_MS gets the
 * connection cut.
 */
export function drainBody(req: IncomingMessage, done: () => void): void {
  const socket = req.socket as IncomingMessage['socket'] | null;
  if (req.complete || !socket) {
    done();
    return;
  }
  let drained = 0;
  let finished = false;
  const finish = (cut: boolean): void => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    socket.off('close', onClose);
    done();
    if (cut) socket.destroy();
  };
  const onClose = (): void => finish(false);
  const timer = setTimeout(() => finish(true), DRAIN_LIMIT_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) finish(true);
  });
  req.once('end', () => finish(false));
  socket.once('close', onClose);
  req.resume();
}
