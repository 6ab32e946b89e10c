import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../doctest/unified-diff.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('writes one hunk with three lines of context, removals before additions', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n') + '\n';
    const b = ['1', '2', '3', '4', 'five', '6', '7', '8'].join('\n') + '\n';
    expect(unifiedDiff(a, b)).toBe('--- expected\n+++ got\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n');
  });

  it('splits far-apart changes into separate hunks', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
    const b = [...a];
    b[1] = 'X';
    b[17] = 'Y';
    const d = unifiedDiff(a.join('\n'), b.join('\n'));
    expect(d.match(/^@@/gm)).toHaveLength(2);
    expect(d).toContain('@@ -1,5 +1,5 @@\n l1\n-l2\n+X\n l3');
    expect(d).toContain('@@ -15,6 +15,6 @@\n l15\n l16\n l17\n-l18\n+Y\n l19\n l20\n');
  });

  it('handles insertions into and deletions to empty texts', () => {
    expect(unifiedDiff('', 'a\nb\n')).toBe('--- expected\n+++ got\n@@ -0,0 +1,2 @@\n+a\n+b\n');
    expect(unifiedDiff('a\n', '')).toBe('--- expected\n+++ got\n@@ -1 +0,0 @@\n-a\n');
  });

  it('finds the longest common subsequence', () => {
    const d = unifiedDiff('a\nb\nc\nd\n', 'a\nc\nd\ne\n');
    expect(d).toBe('--- expected\n+++ got\n@@ -1,4 +1,4 @@\n a\n-b\n c\n d\n+e\n');
  });
});
