import { z } from 'zod';
import type { PerspectiveActionFunction } from '../bindings/backends/action-wire.js';
import type { JsonObject } from '../bindings/effects/effect-log.js';

const shownIds = z.array(z.string().max(256)).max(64);

/** What a page reports it shows after loading and after each action it handles. */
export const pageStateSchema = z.strictObject({
  /** The page path in the address bar (after navigate), with its leading slash. */
  path: z.string().max(1024).nullable(),
  theme: z.string().max(64).nullable(),
  /** Ids of the open popups, oldest first. */
  popups: shownIds,
  /** Ids of the open docks. */
  docks: shownIds,
});
export type PageState = z.infer<typeof pageStateSchema>;

/** Messages a page sends to the gateway over its WebSocket (JSON text frames). */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heartbeat'), seq: z.number().int().nonnegative() }),
  z.strictObject({
    type: z.literal('event'),
    name: z.string().min(1).max(64),
    detail: z.string().max(1024).optional(),
  }),
  z.strictObject({ type: z.literal('page-state'), handled: z.number().int().nonnegative(), state: pageStateSchema }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Messages the gateway sends to a page. */
export type ServerMessage =
  | { type: 'welcome'; pageId: string; sessionId: string; username: string; project: string; heartbeatMs: number }
  | { type: 'user'; username: string }
  | { type: 'closed'; message: string | null }
  /** A system.perspective action for the page to perform; `args` as validated by gateway/action-args.ts. */
  | { type: 'action'; seq: number; function: PerspectiveActionFunction; args: JsonObject };

/** WebSocket close codes the gateway uses. */
export const CLOSE_CODES = {
  /** The session was closed by an operator (closeSession) or ended (logout, timeout). */
  sessionEnded: 4000,
  /** The session already has the maximum number of pages. */
  tooManyPages: 4001,
  /** The page was closed by system.perspective.closePage; the session goes on. */
  pageClosed: 4002,
  /** A text frame that is not a valid client message. */
  invalidMessage: 1007,
  /** Too many messages (rate limit) or a policy violation. */
  policyViolation: 1008,
  /** Binary frames are not part of the protocol. */
  unsupportedData: 1003,
  /** Gateway shutting down. */
  goingAway: 1001,
} as const;

/** Body of POST /data/api/v1/sessions/<id>/close. */
export const closeRequestSchema = z.strictObject({ message: z.string().max(4096).nullable() });
