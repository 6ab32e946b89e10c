import type { SessionScope } from '../bindings/session.js';
import { CLIENT_ACTIONS_SCRIPT } from './client-actions-script.js';
import { escapeHtml, jsonForScript } from './http-util.js';

export interface ClientPageModel {
  readonly project: string;
  readonly pagePath: string;
  readonly username: string;
  /** The scope the page URL declared (?scope=), passed on to the WebSocket that starts the session. */
  readonly scope: SessionScope | null;
  readonly nonce: string;
}

/** Client-side script: opens the page's WebSocket (which joins or starts the session), sends heartbeats and page events, shows closes. */
const CLIENT_SCRIPT = `
const cfg = JSON.parse(document.getElementById('cfg').textContent);
const $ = (id) => document.getElementById(id);
const wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + cfg.base + '-/ws' + (cfg.scope ? '?scope=' + encodeURIComponent(cfg.scope) : '');
const ws = new WebSocket(wsUrl);
let seq = 0, ended = false, opened = false, lastEvent = 0, timer;
const send = (msg) => { if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(msg)); };
ws.addEventListener('open', () => {
  opened = true;
  $('status').textContent = 'connected';
  send({ type: 'heartbeat', seq: seq++ });
});
ws.addEventListener('message', (event) => {
  let msg; try { msg = JSON.parse(event.data); } catch { return; }
  if (msg.type === 'welcome') {
    $('page-id').textContent = msg.pageId;
    $('session-id').textContent = msg.sessionId;
    $('username').textContent = msg.username;
    clearInterval(timer);
    timer = setInterval(() => send({ type: 'heartbeat', seq: seq++ }), msg.heartbeatMs);
    reportState();
  } else if (msg.type === 'action') {
    performAction(msg);
  } else if (msg.type === 'user') {
    $('username').textContent = msg.username;
  } else if (msg.type === 'closed') {
    ended = true;
    $('closed-message').textContent = msg.message === null ? 'This session has ended.' : msg.message;
    $('closed').hidden = false;
    document.body.dataset.state = 'closed';
  }
});
ws.addEventListener('close', (event) => {
  clearInterval(timer);
  $('status').textContent = event.code === 4002 ? 'page closed' : ended ? 'session ended' : opened ? 'disconnected (reload to reconnect)' : 'could not connect (the gateway may be busy; reload to retry)';
  if (!ended) document.body.dataset.state = 'disconnected';
});
const pageEvent = (name, detail) => {
  const now = Date.now();
  if (now - lastEvent < 250) return;
  lastEvent = now;
  send(detail === undefined ? { type: 'event', name } : { type: 'event', name, detail: String(detail).slice(0, 200) });
};
document.addEventListener('click', (e) => pageEvent('click', e.target && e.target.id ? e.target.id : undefined));
document.addEventListener('keydown', () => pageEvent('keydown'));
document.addEventListener('visibilitychange', () => pageEvent('visibility', document.visibilityState));
$('ping').addEventListener('click', () => { lastEvent = 0; pageEvent('button', 'ping'); });
`;

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2733; }
header { display: flex; gap: 1rem; align-items: baseline; }
dl { display: grid; grid-template-columns: max-content auto; gap: .3rem 1rem; }
dt { font-weight: 600; }
#closed { position: fixed; inset: 0; background: rgba(20, 30, 40, .85); color: white; display: flex;
  align-items: center; justify-content: center; flex-direction: column; font-size: 1.4rem; }
#closed[hidden] { display: none; }
#closed p { max-width: 40rem; padding: 0 1.5rem; text-align: center; }
form { display: inline; }
[data-theme="dark"] body { background: #141c24; color: #e3e9ef; }
[data-theme="dark"] a { color: #8cc4ff; }
#popups { position: fixed; top: 4rem; right: 2rem; display: flex; flex-direction: column; gap: .8rem; }
.popup, .dock { border: 1px solid #8a97a5; border-radius: 6px; padding: .5rem 1rem; background: #f7f9fb; color: #1d2733; min-width: 16rem; }
.popup[data-modal="true"] { box-shadow: 0 0 0 100vmax rgba(20, 30, 40, .35); }
.popup header, .dock header { display: flex; justify-content: space-between; gap: 1rem; }
#docks { display: flex; gap: .8rem; margin: 1rem 0; }
ol { padding-left: 1.5rem; }
code { word-break: break-all; }
`;

/** The minimal Perspective-style web client served at /data/perspective/client/<project>/<path>. */
export function renderClientPage(model: ClientPageModel): string {
  const base = `/data/perspective/client/${model.project}/`;
  const loggedIn = model.username !== 'Unauthenticated';
  const account = loggedIn
    ? `<form method="post" action="${escapeHtml(base)}-/logout"><button id="logout" type="submit">Log out</button></form>`
    : `<a id="login" href="${escapeHtml(base)}-/login?return=${encodeURIComponent(model.pagePath)}">Log in</a>`;
  return `<!doctype html>
<html lang="en" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.project)} · ${escapeHtml(model.pagePath || '/')}</title>
<style nonce="${model.nonce}">${STYLE}</style></head>
<body data-state="open">
<header><h1>${escapeHtml(model.project)}</h1><span>${account}</span></header>
<dl>
<dt>Page path</dt><dd id="page-path">/${escapeHtml(model.pagePath)}</dd>
<dt>User</dt><dd id="username">${escapeHtml(model.username)}</dd>
<dt>Session</dt><dd id="session-id">…</dd>
<dt>Page id</dt><dd id="page-id">…</dd>
<dt>Connection</dt><dd id="status">connecting</dd>
<dt>Theme</dt><dd id="theme">light</dd>
<dt>View</dt><dd><span id="view">(the page's view)</span> <code id="view-params"></code></dd>
</dl>
<button id="ping" type="button">Send a page event</button>
<div id="docks"></div>
<div id="popups"></div>
<h2>Messages</h2>
<ol id="message-log" aria-live="polite"></ol>
<h2>Actions</h2>
<ol id="action-log"></ol>
<h2>Downloads</h2>
<ol id="downloads"></ol>
<div id="closed" hidden role="alertdialog" aria-labelledby="closed-title"><p id="closed-title">Session closed</p><p id="closed-message"></p></div>
<script id="cfg" type="application/json">${jsonForScript({ base, project: model.project, scope: model.scope })}</script>
<script nonce="${model.nonce}">${CLIENT_ACTIONS_SCRIPT}${CLIENT_SCRIPT}</script>
</body></html>`;
}
