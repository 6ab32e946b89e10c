import type { HostFunction } from '../../../runtime/index.js';
import { alterDock, closeDock, openDock, toggleDock } from './docks.js';
import { navigate } from './navigate.js';
import { download, vibrateDevice } from './device-actions.js';
import { closePage, refresh, setTheme } from './page-actions.js';
import type { ActionContext } from './perform.js';
import { closePopup, openPopup, togglePopup } from './popups.js';
import { sendMessage } from './send-message.js';

export type { ActionContext } from './perform.js';

/** The system.perspective functions that act on sessions' pages (issue 16), by name. */
export function perspectiveActions(context: ActionContext): Record<string, HostFunction> {
  const makers = { sendMessage, navigate, openPopup, closePopup, togglePopup, openDock, closeDock, toggleDock, alterDock, download, refresh, vibrateDevice, setTheme, closePage };
  return Object.fromEntries(Object.entries(makers).map(([name, make]) => [name, make(context)]));
}
