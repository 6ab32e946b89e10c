import type { HostFunction } from '../../../runtime/index.js';
import { defineFunction } from '../../declare.js';
import { bool, optionalDict, requiredString, targetParams } from './params.js';
import { performAction, type ActionContext } from './perform.js';
import { z } from 'zod';

const TARGET_DOC = `    sessionId (str): the session to target (required outside a Perspective session).
    pageId (str): the page to target (required outside a Perspective session).`;

/** openPopup and togglePopup share the manual's signature: id, view, then the popup's settings. */
function popupParams() {
  return {
    id: requiredString,
    view: requiredString,
    params: optionalDict,
    title: { schema: z.string(), default: '', expected: 'a string' },
    position: optionalDict,
    showCloseIcon: bool(true),
    draggable: bool(true),
    resizable: bool(false),
    modal: bool(false),
    overlayDismiss: bool(false),
    ...targetParams,
    viewportBound: bool(false),
  } as const;
}

const POPUP_DOC = `Parameters:
    id (str): the popup's id, used to close it.
    view (str): the path of the view shown in the popup.
    params (dict, optional): the view's input parameters.
    title (str, optional): the title bar's text (default '').
    position (dict, optional): left, top, right, bottom, width, height (default: centred).
    showCloseIcon, draggable (bool, optional): default True.
    resizable, modal, overlayDismiss (bool, optional): default False.
${TARGET_DOC}
    viewportBound (bool, optional): keep the popup inside the viewport (default False).`;

export function openPopup(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'openPopup',
    doc: `Opens a popup view over a page.\n\n${POPUP_DOC}`,
    params: popupParams(),
    impl: (args) => performAction(context, { name: 'openPopup', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}

export function togglePopup(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'togglePopup',
    doc: `Opens the popup if it is not open, otherwise closes it.\n\n${POPUP_DOC}`,
    params: popupParams(),
    impl: (args) => performAction(context, { name: 'togglePopup', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}

export function closePopup(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'closePopup',
    doc: `Closes a popup view.

Parameters:
    id (str): the popup's id; '' closes the most recently focused popup.
${TARGET_DOC}`,
    params: { id: requiredString, ...targetParams },
    impl: (args) => performAction(context, { name: 'closePopup', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' }),
  });
}
