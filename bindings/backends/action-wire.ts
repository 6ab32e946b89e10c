import { z } from 'zod';

/**
 * The wire format of POST /data/api/v1/sessions/<id>/actions, shared by GatewayBackend (which sends it) and the
 * gateway (which validates it): one system.perspective action, resolved to a session and a page (or every page).
 */

/** The system.perspective functions a live gateway performs in its pages. */
export const PERSPECTIVE_ACTION_FUNCTIONS = [
  'sendMessage', 'navigate', 'openPopup', 'closePopup', 'togglePopup', 'openDock', 'closeDock', 'toggleDock', 'alterDock',
  'download', 'refresh', 'vibrateDevice', 'setTheme', 'closePage',
] as const;
export type PerspectiveActionFunction = (typeof PERSPECTIVE_ACTION_FUNCTIONS)[number];

/** The largest action request the gateway reads (a download carries its whole file), in bytes. */
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** The largest answer GatewayBackend reads for an action (a list of page ids), in bytes. */
export const ACTION_RESPONSE_LIMIT_BYTES = 64 * 1024;

/** Page ids as the gateway makes them, and as a script may pass them. */
const pageIdSchema = z.string().min(1).max(128);

export const actionRequestSchema = z.strictObject({
  function: z.enum(PERSPECTIVE_ACTION_FUNCTIONS),
  /** null: every page of the session. */
  pageId: pageIdSchema.nullable(),
  /** The function's own keyword arguments, by the manual's parameter names (without sessionId and pageId). */
  args: z.record(z.string(), z.json()),
});
export type ActionRequest = z.infer<typeof actionRequestSchema>;

/** 200: the pages the action reached, in the session's page order. */
export const actionResponseSchema = z.strictObject({ pageIds: z.array(pageIdSchema) });

/** 404: which id was not found. */
export const actionNotFoundSchema = z.object({ error: z.string(), notFound: z.enum(['session', 'page']) });
