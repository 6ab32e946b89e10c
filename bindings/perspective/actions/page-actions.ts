import type { HostFunction } from '../../../runtime/index.js';
import { defineFunction } from '../../declare.js';
import { optionalString, requiredString, targetParams } from './params.js';
import { performAction, type ActionContext } from './perform.js';

const TARGET_DOC = `    sessionId (str): the session to target (required outside a Perspective session).
    pageId (str): the page to target (required outside a Perspective session).`;

export function refresh(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'refresh',
    doc: `Reloads a page.\n\nParameters:\n${TARGET_DOC}`,
    params: { ...targetParams },
    impl: (args) => performAction(context, { name: 'refresh', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}

export function setTheme(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'setTheme',
    doc: `Switches one page (not the whole session) to a theme.

Parameters:
    name (str): the theme, e.g. "light" or "dark".
${TARGET_DOC}`,
    params: { name: requiredString, ...targetParams },
    impl: (args) => performAction(context, { name: 'setTheme', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}

export function closePage(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'closePage',
    doc: `Closes a page; it shows the message. The page leaves its session's pageIds.

Parameters:
    message (str, optional): the message the closed page shows (default: the project's).
${TARGET_DOC}`,
    params: { message: optionalString, ...targetParams },
    impl: (args) => performAction(context, { name: 'closePage', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}
