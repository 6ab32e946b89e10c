import { RaiseInPython, type HostFunction } from '../../../runtime/index.js';
import { defineFunction } from '../../declare.js';
import { optionalString, requiredDict, requiredString, targetParams } from './params.js';
import { performAction, type ActionContext } from './perform.js';

const SCOPES = ['page', 'session', 'view'] as const;

/**
 * system.perspective.sendMessage(messageType, payload, [scope], [sessionId], [pageId]). In gateway scope,
 * scope 'session' needs only sessionId and reaches every page of the session; 'page' (the default) and 'view'
 * need the page too.
 */
export function sendMessage(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'sendMessage',
    doc: `Sends a message to the component message handlers listening for messageType.

Parameters:
    messageType (str): the message type the handlers listen for.
    payload (dict): the parameters passed to the handlers.
    scope (str, optional): 'page' (default), 'session' or 'view'.
    sessionId (str): the session to target (required outside a Perspective session).
    pageId (str): the page to target (required outside a Perspective session, unless scope is 'session').`,
    params: { messageType: requiredString, payload: requiredDict, scope: optionalString, ...targetParams },
    impl(args) {
      const scope = args.scope ?? 'page';
      if (!(SCOPES as readonly string[]).includes(scope)) {
        throw new RaiseInPython('ValueError', `scope must be 'page', 'session' or 'view', not '${scope}'`);
      }
      return performAction(context, {
        name: 'sendMessage', args: { ...args, scope }, sessionId: args.sessionId, pageId: args.pageId,
        reach: scope === 'session' ? 'session' : 'page',
      });
    },
  });
}
