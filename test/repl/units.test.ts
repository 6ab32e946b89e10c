import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complete, completableToken } from '../../repl/completion.js';
import { helpEntry } from '../../repl/help-entry.js';
import { HISTORY_SIZE, historyFilePath, loadHistory, saveHistory } from '../../repl/history-file.js';
import { parseMetaCommand } from '../../repl/meta-command.js';
import { duration, sessionsTable } from '../../repl/sessions-table.js';
import type { SessionRecord } from '../../bindings/session.js';

describe('completion: the token before the cursor', () => {
  it('takes the trailing dotted name or key access, wherever it starts', () => {
    expect(completableToken('system.pe')).toBe('system.pe');
    expect(completableToken('print len(system.perspective.get')).toBe('system.perspective.get');
    expect(completableToken('x = s["us')).toBe('s["us');
    expect(completableToken("    for s in sess")).toBe('sess');
  });

  it('follows list indexes, and offers nothing after a call or a number', () => {
    expect(completableToken('f().ba')).toBeUndefined();
    expect(completableToken('ss[0].ba')).toBe('ss[0].ba');
    expect(completableToken('x = sessions[0]["pro')).toBe('sessions[0]["pro');
    expect(completableToken('f()[0].ba')).toBeUndefined();
    expect(completableToken('1.')).toBeUndefined();
    expect(completableToken('x + ')).toBeUndefined();
  });

  it('replaces only the token, and indents on blank text', async () => {
    const asked: string[] = [];
    const source = async (text: string) => { asked.push(text); return [`${text}Info(`]; };
    expect(await complete('print system.perspective.getSession', source)).toEqual([['system.perspective.getSessionInfo('], 'system.perspective.getSession']);
    expect(await complete('', source)).toEqual([['    '], '']);
    expect(await complete('    ', source)).toEqual([['        '], '    ']);
    expect(await complete('x + ', source)).toEqual([[], 'x + ']);
    expect(asked).toEqual(['system.perspective.getSession']);
    expect(await complete('abc', async () => { throw new Error('sandbox gone'); })).toEqual([[], 'abc']);
  });
});

describe('help(...) entries', () => {
  it('wraps the object expression so its __doc__ is printed', () => {
    const entry = helpEntry('help(system.perspective.getSessionInfo)');
    expect(entry?.kind).toBe('object');
    expect(entry?.kind === 'object' && entry.source).toContain('(system.perspective.getSessionInfo)');
    expect(helpEntry('  help ( len )  ')?.kind).toBe('object');
  });

  it('knows a bare help and leaves other code alone', () => {
    expect(helpEntry('help')).toEqual({ kind: 'bare' });
    expect(helpEntry('help()')).toEqual({ kind: 'bare' });
    expect(helpEntry('help(a) + (b)')).toBeUndefined();
    expect(helpEntry('helper(a)')).toBeUndefined();
    expect(helpEntry('x = help(a)')).toBeUndefined();
  });
});

describe('meta commands', () => {
  it('parses known and unknown commands but not Python', () => {
    expect(parseMetaCommand('.load  setup.py ')).toEqual({ name: 'load', argument: 'setup.py' });
    expect(parseMetaCommand('.reset')).toEqual({ name: 'reset', argument: '' });
    expect(parseMetaCommand('.frobnicate')).toEqual({ name: 'unknown', argument: 'frobnicate' });
    expect(parseMetaCommand('.5')).toBeUndefined();
    expect(parseMetaCommand('x.reset')).toBeUndefined();
  });
});

describe('.sessions table', () => {
  const record = (over: Partial<SessionRecord>): SessionRecord => ({
    userAgent: 'ua', id: 'abc', username: 'billy', project: 'P', uptime: 0, clientAddress: '1.2.3.4', lastComm: 0,
    sessionScope: 'browser', activePages: 0, recentBytesSent: 0, totalBytesSent: 0, pageIds: [], authorized: true, ...over,
  });

  it('pads columns and formats durations', () => {
    expect(sessionsTable([record({ id: 's-long-id', uptime: 3_723_000, lastComm: 65_000, activePages: 12 })])).toBe([
      'id         username  project  scope    pages  uptime    idle',
      's-long-id  billy     P        browser     12  1h 02m  1m 05s',
      '(1 session)',
      '',
    ].join('\n'));
    expect(sessionsTable([])).toBe('(no sessions)\n');
    expect([999, 1000, 59_999, 86_400_000 + 3_600_000].map(duration)).toEqual(['999ms', '1s', '59s', '1d 01h']);
  });
});

describe('history file', () => {
  it('defaults under HOME, follows PERSPECTIVE_SANDBOX_HISTORY, and is off when that is empty', () => {
    expect(historyFilePath({ HOME: '/home/u' })).toBe('/home/u/.perspective_sandbox_history');
    expect(historyFilePath({ HOME: '/home/u', PERSPECTIVE_SANDBOX_HISTORY: '/tmp/h' })).toBe('/tmp/h');
    expect(historyFilePath({ HOME: '/home/u', PERSPECTIVE_SANDBOX_HISTORY: '' })).toBeUndefined();
  });

  it('stores oldest first, loads newest first, and keeps at most HISTORY_SIZE lines', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ps-hist-')), 'sub', 'history');
    saveHistory(file, ['newest', 'older']);
    expect(readFileSync(file, 'utf8')).toBe('older\nnewest\n');
    expect(loadHistory(file)).toEqual(['newest', 'older']);
    writeFileSync(file, Array.from({ length: HISTORY_SIZE + 5 }, (_, i) => `line ${i}`).join('\n'));
    const loaded = loadHistory(file);
    expect(loaded).toHaveLength(HISTORY_SIZE);
    expect(loaded[0]).toBe(`line ${HISTORY_SIZE + 4}`);
    expect(loadHistory(join(file, 'missing'))).toEqual([]);
  });
});
