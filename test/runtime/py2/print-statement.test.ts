import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "import sys\nclass Collector:\n    def __init__(self):\n        self.chunks = []\n    def write(self, text):\n        self.chunks.append(text)\nc = Collector()\nprint >>c, \"a\", 1,\nprint >>c, \"b\"\nprint >>c\nprint c.chunks\nprint >>sys.stderr, \"to stderr\"\nprint \"h\",\nsys.stdout.write(\"i\")\nprint \"j\"\nprint \"a\\n\",\nprint \"b\"\ndef f(x):\n    print \"f(%d)\" % x,\n    return x\nprint f(1), f(2)\nprint \"end\",\n";

describe('print statement (runtime/guest/py2/print-statement.ts)', () => {
  it('print >>file, per-file softspace, items written in evaluation order', async () => {
    expect(await output(SOURCE)).toBe("['a', ' ', '1', ' ', 'b', '\\n', '\\n']\nhij\na\nb\nf(1) 1 f(2) 2\nend\n");
  });
});
