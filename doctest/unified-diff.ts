/**
 * A small unified diff over lines (LCS), in the format of `diff -u`:
 *   --- expected
 *   +++ got
 *   @@ -l,s +l,s @@
 * Common prefix and suffix are trimmed before the LCS table; very large middles fall back to "all removed, all added".
 */

type Op = { readonly kind: ' ' | '-' | '+'; readonly text: string; readonly a: number; readonly b: number };

const MAX_TABLE_CELLS = 4_000_000;

export function splitForDiff(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function unifiedDiff(expected: string, got: string, context = 3, labels = { from: 'expected', to: 'got' }): string {
  const a = splitForDiff(expected);
  const b = splitForDiff(got);
  const ops = editScript(a, b);
  if (ops.every((op) => op.kind === ' ')) return '';
  const out = [`--- ${labels.from}`, `+++ ${labels.to}`];
  for (const hunk of hunks(ops, context)) {
    const aLen = hunk.filter((op) => op.kind !== '+').length;
    const bLen = hunk.filter((op) => op.kind !== '-').length;
    const first = hunk[0];
    if (!first) continue;
    const aStart = hunk.find((op) => op.kind !== '+')?.a ?? first.a;
    const bStart = hunk.find((op) => op.kind !== '-')?.b ?? first.b;
    out.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@`);
    for (const op of hunk) out.push(`${op.kind}${op.text}`);
  }
  return out.join('\n') + '\n';
}

/** `diff -u` range: start is 1-based; an empty range names the line before it. */
function range(start0: number, length: number): string {
  if (length === 0) return `${start0},0`;
  if (length === 1) return `${start0 + 1}`;
  return `${start0 + 1},${length}`;
}

function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', text: a[i] ?? '', a: i, b: i });
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  ops.push(...middleOps(am, bm, pre, pre));
  for (let k = suf; k > 0; k--) {
    ops.push({ kind: ' ', text: a[a.length - k] ?? '', a: a.length - k, b: b.length - k });
  }
  return ops;
}

function middleOps(a: readonly string[], b: readonly string[], aOff: number, bOff: number): Op[] {
  const n = a.length;
  const m = b.length;
  const ops: Op[] = [];
  if ((n + 1) * (m + 1) > MAX_TABLE_CELLS) {
    a.forEach((t, i) => ops.push({ kind: '-', text: t, a: aOff + i, b: bOff }));
    b.forEach((t, j) => ops.push({ kind: '+', text: t, a: aOff + n, b: bOff + j }));
    return ops;
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..]
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i] ?? '', a: aOff + i, b: bOff + j });
      i++;
      j++;
    } else if (j < m && (i >= n || (lcs[i * w + j + 1] ?? 0) >= (lcs[(i + 1) * w + j] ?? 0))) {
      ops.push({ kind: '+', text: b[j] ?? '', a: aOff + i, b: bOff + j });
      j++;
    } else {
      ops.push({ kind: '-', text: a[i] ?? '', a: aOff + i, b: bOff + j });
      i++;
    }
  }
  return reorderRemovalsFirst(ops);
}

/** Within a run of changes, print removals before additions, like diff -u. */
function reorderRemovalsFirst(ops: Op[]): Op[] {
  const out: Op[] = [];
  let k = 0;
  while (k < ops.length) {
    const op = ops[k];
    if (!op || op.kind === ' ') {
      if (op) out.push(op);
      k++;
      continue;
    }
    const run: Op[] = [];
    while (k < ops.length && ops[k]?.kind !== ' ') run.push(ops[k++] as Op);
    out.push(...run.filter((o) => o.kind === '-'), ...run.filter((o) => o.kind === '+'));
  }
  return out;
}

function hunks(ops: readonly Op[], context: number): Op[][] {
  const changed = ops.map((op, k) => (op.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  const result: Op[][] = [];
  let start = -1;
  let end = -1;
  for (const k of changed) {
    const lo = Math.max(0, k - context);
    const hi = Math.min(ops.length - 1, k + context);
    if (start >= 0 && lo <= end + 1) {
      end = hi;
    } else {
      if (start >= 0) result.push(ops.slice(start, end + 1));
      start = lo;
      end = hi;
    }
  }
  if (start >= 0) result.push(ops.slice(start, end + 1));
  return result;
}
