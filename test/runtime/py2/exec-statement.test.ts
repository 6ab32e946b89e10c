import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "exec \"x = 6 * 7\"\nprint x\nns = {}\nexec \"y = 41 + 1\" in ns\nprint ns[\"y\"], \"y\" in globals(), sorted(ns.keys())\ng = {\"factor\": 3}\nl = {}\nexec \"z = factor * 5\" in g, l\nprint l\ncode = compile(\"print 'compiled', 1 + 1\", \"<report>\", \"exec\")\nexec code\nprint eval(\"2 ** 10\"), eval(\"a + b\", {\"a\": 1, \"b\": 2}), eval(compile(\"3 * 3\", \"<e>\", \"eval\"))\nif True: exec \"w = 1\"\nprint w\ndef helper():\n    exec \"v = 5\"\n    return v\nprint helper()\ntry:\n    exec \"import subprocess\"\nexcept ImportError:\n    print \"ImportError\"\n";

describe('exec statement, eval and compile (runtime/guest/py2/exec-statement.ts)', () => {
  it('namespaces, code objects, function scope; imports still go through the allowlist', async () => {
  // Jython imports os; the sandbox's allowlist refuses it inside exec too (the last line).
    expect(await output(SOURCE)).toBe("42\n42 False ['__builtins__', 'y']\n{'z': 15}\ncompiled 2\n1024 3 9\n1\n5\nImportError\n");
  });
});
