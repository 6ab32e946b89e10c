import type { HostFunction } from '../../../runtime/index.js';
import { defineFunction } from '../../declare.js';
import { optionalDict, requiredString, targetParams } from './params.js';
import { performAction, type ActionContext } from './perform.js';

const TARGET_DOC = `    sessionId (str): the session to target (required outside a Perspective session).
    pageId (str): the page to target (required outside a Perspective session).`;

/** openDock and toggleDock: the manual puts params after sessionId and pageId. */
function dockWithParams(name: 'openDock' | 'toggleDock', summary: string, context: ActionContext): HostFunction {
  return defineFunction({
    name,
    doc: `${summary}

Parameters:
    id (str): the dock id set in the page configuration.
${TARGET_DOC}
    params (dict, optional): the docked view's parameters.`,
    params: { id: requiredString, ...targetParams, params: optionalDict },
    impl: (args) => performAction(context, { name, args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}

export const openDock = (context: ActionContext): HostFunction => dockWithParams('openDock', 'Opens a docked view.', context);
export const toggleDock = (context: ActionContext): HostFunction => dockWithParams('toggleDock', 'Opens a docked view if it is closed, otherwise closes it.', context);

export function closeDock(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'closeDock',
    doc: `Closes a docked view.

Parameters:
    id (str): the dock id set in the page configuration.
${TARGET_DOC}`,
    params: { id: requiredString, ...targetParams },
    impl: (args) => performAction(context, { name: 'closeDock', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}

export function alterDock(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'alterDock',
    doc: `Changes the configuration of a dock on a page (8.1.19).

Parameters:
    dockId (str): the dock to change.
    config (dict, optional): view, viewParams, display, size, ... (default: unchanged).
${TARGET_DOC}`,
    params: { dockId: requiredString, config: optionalDict, ...targetParams },
    impl: (args) => performAction(context, { name: 'alterDock', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}
