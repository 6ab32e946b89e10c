import type { SessionRecord } from '../bindings/session.js';
import { describeUserAgent } from './describe-user-agent.js';
import { escapeHtml, jsonForScript } from './http-util.js';
import { formatBytes, formatDuration } from './human-units.js';

const COLUMNS = ['Session', 'User', 'Project', 'Scope', 'Device', 'Browser', 'OS', 'Address', 'Pages', 'Uptime', 'Idle', 'Sent', 'Authorized', ''];

/** One page of the status table, as the page renders it and as /web/status/sessions/table returns it. */
export interface StatusTable {
  readonly total: number;
  /** 1-based; clamped to the last page. */
  readonly page: number;
  readonly pages: number;
  readonly username: string | null;
  readonly project: string | null;
  readonly sessions: readonly SessionRecord[];
}

function browserCell(userAgent: string, browser: string): string {
  // An unrecognised client shows its raw user agent, so the operator can see what it is.
  if (browser !== 'Unknown') return `<td title="${escapeHtml(userAgent)}">${escapeHtml(browser)}</td>`;
  return `<td class="raw-ua"><code>${escapeHtml(userAgent === '' ? '(no user agent)' : userAgent)}</code></td>`;
}

/** Table rows for one page of sessions (escaped HTML). */
export function renderSessionRows(sessions: readonly SessionRecord[]): string {
  if (sessions.length === 0) return `<tr><td colspan="${COLUMNS.length}" class="empty">No active sessions</td></tr>`;
  return sessions.map((session) => {
    const agent = describeUserAgent(session.userAgent);
    const before = [session.id, session.username, session.project, session.sessionScope, agent.device];
    const after = [agent.os, session.clientAddress, String(session.activePages), formatDuration(session.uptime), formatDuration(session.lastComm),
      formatBytes(session.totalBytesSent), session.authorized ? 'yes' : 'no'];
    const cells = [
      ...before.map((cell) => `<td>${escapeHtml(cell)}</td>`),
      browserCell(session.userAgent, agent.browser),
      ...after.map((cell) => `<td>${escapeHtml(cell)}</td>`),
      `<td><button type="button" class="close-session" data-session-id="${escapeHtml(session.id)}">Close…</button></td>`,
    ];
    return `<tr data-session-id="${escapeHtml(session.id)}">${cells.join('')}</tr>`;
  }).join('\n');
}

/** "Page 2 of 7 · 312 sessions" */
export function pageSummary(table: Pick<StatusTable, 'page' | 'pages' | 'total'>): string {
  return `Page ${table.page} of ${table.pages} · ${table.total} session${table.total === 1 ? '' : 's'}`;
}

/** The JSON the page polls: the current page's rows and where it stands. */
export function tableJson(table: StatusTable): { total: number; page: number; pages: number; summary: string; rows: string } {
  return { total: table.total, page: table.page, pages: table.pages, summary: pageSummary(table), rows: renderSessionRows(table.sessions) };
}

const SCRIPT = `
const cfg = JSON.parse(document.getElementById('cfg').textContent);
const $ = (id) => document.getElementById(id);
let page = cfg.page;
function query(p) {
  const q = new URLSearchParams();
  if (cfg.username !== null) q.set('username', cfg.username);
  if (cfg.project !== null) q.set('project', cfg.project);
  q.set('page', String(p));
  return q.toString();
}
function showPaging(pages) {
  $('prev').hidden = page <= 1;
  $('next').hidden = page >= pages;
  $('prev').href = '?' + query(page - 1);
  $('next').href = '?' + query(page + 1);
}
async function refresh() {
  if (document.hidden) return;
  try {
    const response = await fetch('/web/status/sessions/table?' + query(page), { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 401) { $('updated').textContent = 'signed out: open /web/status/sessions?token=<token> again'; return; }
    if (!response.ok) { $('updated').textContent = 'update failed: HTTP ' + response.status; return; }
    const table = await response.json();
    page = table.page;
    $('rows').innerHTML = table.rows;
    $('summary').textContent = table.summary;
    showPaging(table.pages);
    $('updated').textContent = 'updated ' + new Date().toLocaleTimeString();
  } catch (error) { $('updated').textContent = 'gateway unreachable'; }
}
$('rows').addEventListener('click', async (event) => {
  const button = event.target.closest('button.close-session');
  if (!button) return;
  const id = button.dataset.sessionId;
  const message = window.prompt('Close session ' + id + '? Message shown on its pages (may be empty):', '');
  if (message === null) return;
  button.disabled = true;
  try {
    const response = await fetch('/web/status/sessions/' + encodeURIComponent(id) + '/close', {
      method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: message === '' ? null : message }),
    });
    $('action').textContent = response.ok ? 'Closed session ' + id + '.' : 'Could not close session ' + id + ': HTTP ' + response.status;
  } catch (error) { $('action').textContent = 'Could not close session ' + id + ': gateway unreachable'; }
  refresh();
});
setInterval(refresh, 1000);
`;

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1d2733; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border-bottom: 1px solid #d5dbe1; padding: .35rem .6rem; text-align: left; white-space: nowrap; }
th { background: #eef2f6; }
td.empty { color: #6b7785; font-style: italic; }
td.raw-ua { white-space: normal; max-width: 28rem; word-break: break-all; }
form { margin: 0 0 1rem; display: flex; gap: .8rem; align-items: end; }
label { display: flex; flex-direction: column; font-size: .8rem; }
#updated, #summary { color: #6b7785; font-size: .8rem; }
nav { margin: .6rem 0; display: flex; gap: 1rem; }
`;

/** The Perspective Sessions status page (/web/status/sessions): one page of the table, filtered on the server. */
export function renderStatusPage(table: StatusTable, nonce: string, tagSection = ''): string {
  const cfg = { page: table.page, username: table.username, project: table.project };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Perspective Sessions</title>
<style nonce="${nonce}">${STYLE}</style></head><body>
<h1>Perspective Sessions</h1>
<form id="filter" method="get" action="/web/status/sessions">
<label>User <input id="filter-username" name="username" maxlength="128" value="${escapeHtml(table.username ?? '')}"></label>
<label>Project <input id="filter-project" name="project" maxlength="64" value="${escapeHtml(table.project ?? '')}"></label>
<button id="apply-filter" type="submit">Filter</button>
</form>
<p><span id="summary">${escapeHtml(pageSummary(table))}</span> · <span id="updated">live</span></p>
<p id="action" role="status"></p>
<table id="sessions"><thead><tr>${COLUMNS.map((column) => `<th>${column}</th>`).join('')}</tr></thead>
<tbody id="rows">${renderSessionRows(table.sessions)}</tbody></table>
<nav><a id="prev" href="#"${table.page <= 1 ? ' hidden' : ''}>← Previous</a><a id="next" href="#"${table.page >= table.pages ? ' hidden' : ''}>Next →</a></nav>
${tagSection}
<script id="cfg" type="application/json">${jsonForScript(cfg)}</script>
<script nonce="${nonce}">${SCRIPT}showPaging(${table.pages});</script>
</body></html>`;
}
