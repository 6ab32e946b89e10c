/**
 * Client-side script of the web client's actions: performs each system.perspective action the gateway sends
 * (messages, navigation, popups, docks, downloads, refresh, theme, vibration) visibly in the page, and reports
 * what the page shows (page-state) so the gateway's API can count it. It uses `cfg`, `$` and `send` from the
 * connection script and defines `performAction(msg)` and `reportState()` for it.
 *
 * The message handler hook: every sendMessage is dispatched as a `perspective-message` event on `window`
 * (detail: {messageType, payload, scope}); the page's message log is the built-in listener, and a test or an
 * embedder adds its own with window.addEventListener('perspective-message', ...).
 * Everything from the gateway is shown with textContent, never as markup.
 */
export const CLIENT_ACTIONS_SCRIPT = `
const LOG_LIMIT = 1000;
let handled = 0, stateTimer;
const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};
const appendCapped = (list, item) => {
  list.append(item);
  while (list.children.length > LOG_LIMIT) list.firstElementChild.remove();
};
const json = (value) => JSON.stringify(value === undefined ? null : value);
const pagePath = () => location.pathname.startsWith(cfg.base) ? '/' + location.pathname.slice(cfg.base.length) : location.pathname;
const ids = (list, key) => [...list.children].map((node) => String(node.dataset[key]).slice(0, 256)).slice(0, 64);
function reportState() {
  clearTimeout(stateTimer);
  stateTimer = setTimeout(() => send({ type: 'page-state', handled, state: {
    path: pagePath().slice(0, 1024), theme: document.documentElement.dataset.theme || null,
    popups: ids($('popups'), 'popupId'), docks: ids($('docks'), 'dockId'),
  } }), 50);
}
const byData = (list, key, value) => [...list.children].find((node) => node.dataset[key] === value);
const viewBox = (className, dataKey, id, title, view, params) => {
  const box = el('section', className);
  box.dataset[dataKey] = id;
  const header = el('header', className + '-header');
  header.append(el('strong', className + '-title', title));
  const details = el('dl');
  details.append(el('dt', '', 'View'), el('dd', className + '-view', view), el('dt', '', 'Params'), el('dd', className + '-params', json(params || {})));
  box.append(header, details);
  return box;
};
function openPopup(a) {
  closePopup(a.id);
  const box = viewBox('popup', 'popupId', a.id, a.title || a.id, a.view, a.params);
  box.setAttribute('role', 'dialog');
  if (a.modal) box.dataset.modal = 'true';
  if (a.showCloseIcon !== false) {
    const close = el('button', 'popup-close', '×');
    close.type = 'button';
    close.title = 'Close';
    close.addEventListener('click', () => { box.remove(); reportState(); });
    box.querySelector('header').append(close);
  }
  $('popups').append(box);
}
function closePopup(id) {
  const list = $('popups');
  const box = id === '' ? list.lastElementChild : byData(list, 'popupId', id);
  if (box) box.remove();
}
const dockConfigs = new Map();
function openDock(id, params) {
  const config = dockConfigs.get(id) || {};
  const existing = byData($('docks'), 'dockId', id);
  const box = viewBox('dock', 'dockId', id, 'Dock ' + id, config.view || '(the page configuration\\'s view)', params || config.viewParams);
  if (existing) existing.replaceWith(box); else $('docks').append(box);
}
function closeDock(id) {
  const box = byData($('docks'), 'dockId', id);
  if (box) box.remove();
}
function download(a) {
  const bytes = Uint8Array.from(atob(a.base64), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: a.contentType }));
  const link = el('a', 'download-link', a.filename + ' (' + bytes.length + ' bytes)');
  link.href = url;
  link.download = a.filename;
  const item = el('li');
  item.append(link);
  appendCapped($('downloads'), item);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
function navigate(a) {
  if (a.target === 'view') {
    $('view').textContent = a.view;
    $('view-params').textContent = json(a.params);
    return;
  }
  const target = a.target === 'page' ? cfg.base + a.path.slice(1) : a.url;
  if (a.newTab) { window.open(target, '_blank', 'noopener'); return; }
  if (a.target === 'url') { location.assign(target); return; }
  history.pushState(null, '', target);
  showPath();
}
function showPath() {
  $('page-path').textContent = pagePath();
  document.title = cfg.project + ' · ' + pagePath();
}
const summary = (fn, a) => fn === 'download' ? json({ filename: a.filename, contentType: a.contentType }) : json(a);
function performAction(msg) {
  const fn = msg.function, a = msg.args;
  const entry = el('li', 'action');
  entry.dataset.function = fn;
  entry.dataset.seq = String(msg.seq);
  entry.append(el('span', 'action-function', fn), ' ', el('code', 'action-args', summary(fn, a)));
  appendCapped($('action-log'), entry);
  if (fn === 'sendMessage') window.dispatchEvent(new CustomEvent('perspective-message', { detail: { messageType: a.messageType, payload: a.payload, scope: a.scope } }));
  else if (fn === 'navigate') navigate(a);
  else if (fn === 'openPopup') openPopup(a);
  else if (fn === 'closePopup') closePopup(a.id);
  else if (fn === 'togglePopup') { if (byData($('popups'), 'popupId', a.id)) closePopup(a.id); else openPopup(a); }
  else if (fn === 'openDock') openDock(a.id, a.params);
  else if (fn === 'closeDock') closeDock(a.id);
  else if (fn === 'toggleDock') { if (byData($('docks'), 'dockId', a.id)) closeDock(a.id); else openDock(a.id, a.params); }
  else if (fn === 'alterDock') {
    dockConfigs.set(a.dockId, Object.assign(dockConfigs.get(a.dockId) || {}, a.config || {}));
    if (byData($('docks'), 'dockId', a.dockId)) openDock(a.dockId);
  }
  else if (fn === 'download') download(a);
  else if (fn === 'setTheme') { document.documentElement.dataset.theme = a.name; $('theme').textContent = a.name; }
  else if (fn === 'vibrateDevice') { if (navigator.vibrate) navigator.vibrate(a.duration); }
  handled += 1;
  if (fn === 'refresh') { location.reload(); return; }
  reportState();
}
window.addEventListener('perspective-message', (event) => {
  const { messageType, payload, scope } = event.detail;
  const item = el('li', 'message');
  item.dataset.messageType = messageType;
  item.append(el('span', 'message-type', messageType), ' ', el('code', 'message-payload', json(payload)), ' ', el('span', 'message-scope', scope));
  appendCapped($('message-log'), item);
});
window.addEventListener('popstate', () => { showPath(); reportState(); });
`;
