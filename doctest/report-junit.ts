/**
 * JUnit XML in the shape CI systems read (Jenkins, GitLab, GitHub test reporters):
 * <testsuites> with one <testsuite> per document, one <testcase> per example (name = file:line),
 * <failure> for failures (message = reason, body = source and diff), <skipped/> for skipped examples.
 */
import type { ExampleResult } from './results.js';
import { totals } from './results.js';

export function formatJunit(results: readonly ExampleResult[], suiteName = 'perspective-sandbox doctest'): string {
  const byFile = new Map<string, ExampleResult[]>();
  for (const r of results) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  const all = totals(results);
  const seconds = (rs: readonly ExampleResult[]): string => (rs.reduce((s, r) => s + r.durationMs, 0) / 1000).toFixed(3);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="${attr(suiteName)}" tests="${results.length}" failures="${all.failed}" errors="0" skipped="${all.skipped}" time="${seconds(results)}">`);
  for (const [file, rs] of byFile) {
    const t = totals(rs);
    out.push(`  <testsuite name="${attr(file)}" tests="${rs.length}" failures="${t.failed}" errors="0" skipped="${t.skipped}" time="${seconds(rs)}">`);
    for (const r of rs) {
      const open = `    <testcase classname="${attr(file)}" name="${attr(r.id)}" file="${attr(file)}" line="${r.line}" time="${(r.durationMs / 1000).toFixed(3)}"`;
      if (r.status === 'passed') {
        out.push(r.kind === 'smoke' ? `${open}>\n      <properties><property name="kind" value="smoke"/></properties>\n    </testcase>` : `${open}/>`);
      } else if (r.status === 'skipped') {
        out.push(`${open}>\n      <skipped message="+SKIP"/>\n    </testcase>`);
      } else {
        const f = r.failure;
        const body = [
          r.source !== '' ? `Source:\n${r.source}` : '',
          f?.diff ?? '',
          f && f.stderr.trim() !== '' ? `stderr:\n${f.stderr}` : '',
        ].filter((s) => s !== '').join('\n');
        out.push(`${open}>\n      <failure message="${attr(f?.reason ?? 'failed')}" type="${r.kind === 'document-error' ? 'DocumentError' : 'ExampleFailure'}">${text(body)}</failure>\n    </testcase>`);
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

/** Characters XML 1.0 cannot carry at all are written as visible \\xNN / \\uXXXX escapes. */
function dropInvalid(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    out += ok ? ch : c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return out;
}

export function text(s: string): string {
  return dropInvalid(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
