import { z } from 'zod';
import { HttpError } from './http-util.js';
import { closeRequestSchema } from './wire.js';

/** Body of a close request (API and status page): JSON `{"message": string | null}`; empty means no message. */
export function parseCloseRequest(text: string): z.infer<typeof closeRequestSchema> {
  const trimmed = text.trim();
  let json: unknown = { message: null };
  if (trimmed !== '') {
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new HttpError(400, 'The body must be JSON: {"message": string | null}');
    }
  }
  const body = closeRequestSchema.safeParse(json);
  if (!body.success) throw new HttpError(400, `Invalid body: ${z.prettifyError(body.error)}`);
  return body.data;
}
