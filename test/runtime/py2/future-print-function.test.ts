import { describe, expect, it } from 'vitest';
import { output, run } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "# -*- coding: utf-8 -*-\nfrom __future__ import print_function\nimport sys\nprint(\"a\", 1, u\"é\", \"é\", [u\"x\"])\nprint(\"x\", \"y\", sep=\"-\", end=\"!\\n\")\nprint()\nprint(\"to stderr\", file=sys.stderr)\nprint(*[1, 2, 3], sep=\", \")\np = print\np(\"via name\")\n";

describe('from __future__ import print_function (Skulpt patches 0011-0012, print-function.ts)', () => {
  it('makes print a function with sep, end and file in that module', async () => {
    const result = await run(SOURCE);
    expect(result.stdout).toBe("a 1 é é [u'x']\nx-y!\n\n1, 2, 3\nvia name\n");
    expect(result.stderr).toBe('to stderr\n');
  });

  it('leaves print a statement elsewhere', async () => {
    expect(await output('print "still a statement", (1, 2)\n')).toBe('still a statement (1, 2)\n');
  });
});
