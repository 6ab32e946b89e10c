import { RaiseInPython } from '../../../runtime/index.js';
import { PageNotFoundError, SessionNotFoundError, type SessionBackend } from '../../backend.js';
import type { EffectLog, JsonObject } from '../../effects/effect-log.js';
import { toEffectObject } from './effect-json.js';

/** What every system.perspective action needs: where to act, and where to record what it did. */
export interface ActionContext {
  readonly backend: SessionBackend;
  readonly effects: EffectLog;
}

/** How far down an action must be targeted when it runs in gateway scope (no session attached to the thread). */
export type Reach = 'page' | 'session';

export interface ActionCall {
  /** The name in system.perspective: 'sendMessage', 'openPopup', ... */
  readonly name: string;
  /** Every argument as the script called it, sessionId and pageId included (defaults filled in). */
  readonly args: Readonly<Record<string, unknown>>;
  readonly sessionId: string | null;
  readonly pageId: string | null;
  /** 'page': sessionId and pageId are required; 'session': sessionId only, and the action reaches every page. */
  readonly reach: Reach;
}

/**
 * Runs an action as a gateway-scope script would: no session or page is attached to the thread, so a missing
 * sessionId (or pageId, where the action needs a page) raises ValueError; the backend checks the ids exist and acts;
 * the effect is recorded with the pages it reached.
 */
export async function performAction(context: ActionContext, call: ActionCall): Promise<null> {
  if (call.sessionId === null) throw new RaiseInPython('ValueError', 'No perspective session attached to this thread');
  if (call.reach === 'page' && call.pageId === null) throw new RaiseInPython('ValueError', 'No perspective page attached to this thread');
  const { backend, effects } = context;
  if (backend.performAction === undefined) {
    throw new RaiseInPython('NotImplementedError', `this session backend cannot perform system.perspective.${call.name}`);
  }
  const pageId = call.reach === 'page' ? call.pageId : null;
  const args = toEffectObject(call.args);
  const actionArgs: JsonObject = Object.fromEntries(Object.entries(args).filter(([key]) => key !== 'sessionId' && key !== 'pageId'));
  let reached: readonly string[];
  try {
    ({ pageIds: reached } = await backend.performAction({ function: call.name, sessionId: call.sessionId, pageId, args: actionArgs }));
  } catch (err) {
    if (err instanceof SessionNotFoundError || err instanceof PageNotFoundError) throw new RaiseInPython('ValueError', err.message);
    throw err;
  }
  const sessionId = call.sessionId;
  effects.record({ function: `system.perspective.${call.name}`, args, targets: reached.map((page) => ({ sessionId, pageId: page })) });
  return null;
}
