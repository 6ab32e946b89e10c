import type { SessionRecord } from '../bindings/session.js';

const COLUMNS = ['id', 'username', 'project', 'scope', 'pages', 'uptime', 'idle'] as const;
const RIGHT_ALIGNED = new Set<string>(['pages', 'uptime', 'idle']);

/** `.sessions`: one row per session, columns padded to their widest cell. */
export function sessionsTable(sessions: readonly SessionRecord[]): string {
  if (sessions.length === 0) return '(no sessions)\n';
  const rows = sessions.map((s) => [s.id, s.username, s.project, s.sessionScope, String(s.activePages), duration(s.uptime), duration(s.lastComm)]);
  const widths = COLUMNS.map((name, i) => Math.max(name.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (RIGHT_ALIGNED.has(COLUMNS[i] as string) ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number)))
      .join('  ').trimEnd();
  return [line(COLUMNS), ...rows.map(line)].join('\n') + `\n(${sessions.length} session${sessions.length === 1 ? '' : 's'})\n`;
}

/** Milliseconds as a short duration: 850ms, 42s, 3m 05s, 2h 07m, 4d 03h. */
export function duration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const two = (n: number) => String(n).padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m ${two(s % 60)}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${two(Math.floor(s / 60) % 60)}m`;
  return `${Math.floor(s / 86_400)}d ${two(Math.floor(s / 3600) % 24)}h`;
}
