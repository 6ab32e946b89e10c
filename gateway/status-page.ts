import type { SessionRecord } from '../bindings/session.js';
import { describeUserAgent } from './describe-user-agent.js';
import { escapeHtml } from './http-util.js';
import { formatBytes, formatDuration } from './human-units.js';

const COLUMNS = ['Session', 'User', 'Project', 'Scope', 'Device', 'Browser', 'OS', 'Address', 'Pages', 'Uptime', 'Idle', 'Sent', 'Authorized'];

/** Table rows for the sessions; refreshed by the page every second from /web/status/sessions/table. */
export function renderSessionRows(sessions: readonly SessionRecord[]): string {
  if (sessions.length === 0) return `<tr><td colspan="${COLUMNS.length}" class="empty">No active sessions</td></tr>`;
  return sessions.map((session) => {
    const agent = describeUserAgent(session.userAgent);
    const cells = [
      session.id, session.username, session.project, session.sessionScope, agent.device, agent.browser, agent.os,
      session.clientAddress, String(session.activePages), formatDuration(session.uptime), formatDuration(session.lastComm),
      formatBytes(session.totalBytesSent), session.authorized ? 'yes' : 'no',
    ];
    return `<tr data-session-id="${escapeHtml(session.id)}">${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  }).join('\n');
}

const SCRIPT = `
const body = document.getElementById('rows');
const stamp = document.getElementById('updated');
async function refresh() {
  try {
    const response = await fetch('/web/status/sessions/table', { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) { stamp.textContent = 'update failed: HTTP ' + response.status; return; }
    body.innerHTML = await response.text();
    stamp.textContent = 'updated ' + new Date().toLocaleTimeString();
  } catch (error) { stamp.textContent = 'gateway unreachable'; }
}
setInterval(refresh, 1000);
`;

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1d2733; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border-bottom: 1px solid #d5dbe1; padding: .35rem .6rem; text-align: left; white-space: nowrap; }
th { background: #eef2f6; }
td.empty { color: #6b7785; font-style: italic; }
#updated { color: #6b7785; font-size: .8rem; }
`;

/** The live Perspective Sessions status page (/web/status/sessions). Only served with the token. */
export function renderStatusPage(sessions: readonly SessionRecord[], nonce: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Perspective Sessions</title>
<style nonce="${nonce}">${STYLE}</style></head><body>
<h1>Perspective Sessions</h1>
<p id="updated">live</p>
<table id="sessions"><thead><tr>${COLUMNS.map((column) => `<th>${column}</th>`).join('')}</tr></thead>
<tbody id="rows">${renderSessionRows(sessions)}</tbody></table>
<script nonce="${nonce}">${SCRIPT}</script>
</body></html>`;
}
