import { RaiseInPython, type HostFunction } from '../../../runtime/index.js';
import { defineFunction } from '../../declare.js';
import { bool, optionalDict, optionalString, targetParams } from './params.js';
import { performAction, type ActionContext } from './perform.js';

/**
 * system.perspective.navigate(page, url, view, [params], [sessionId], [pageId], [newTab]): one of page, view or
 * url (in that priority, as the manual says) is where the page goes.
 */
export function navigate(context: ActionContext): HostFunction {
  return defineFunction({
    name: 'navigate',
    doc: `Navigates a page to a Perspective page, a view, or a web address.

Parameters:
    page (str, optional): the URL of a Perspective page ("new-page" or "/new-page").
    url (str, optional): a web address; ignored when page or view is given.
    view (str, optional): the path of a view; ignored when page is given.
    params (dict, optional): parameters for the view.
    sessionId (str): the session to target (required outside a Perspective session).
    pageId (str): the page to target (required outside a Perspective session).
    newTab (bool, optional): open in a new tab (default False).`,
    params: { page: optionalString, url: optionalString, view: optionalString, params: optionalDict, ...targetParams, newTab: bool(false) },
    impl(args) {
      if (args.page === null && args.url === null && args.view === null) {
        throw new RaiseInPython('ValueError', 'navigate() needs one of page, url or view');
      }
      return performAction(context, { name: 'navigate', args, sessionId: args.sessionId, pageId: args.pageId, reach: 'page' });
    },
  });
}
