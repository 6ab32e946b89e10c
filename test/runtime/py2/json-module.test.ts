import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "import json\nprint json.dumps({\"b\": 1, \"a\": [1, 2]}, sort_keys=True, indent=2)\nprint json.dumps({\"a\": 1, \"b\": 2}, sort_keys=True, separators=(\",\", \":\")), json.dumps([None, True, 1.5, \"x\\n\\\"\", 2 ** 40])\nprint json.dumps(\"quote\\\" back\\\\ ctrl\\x01\"), json.dumps({1: 2}), json.dumps([[]]), json.dumps({})\nprint json.loads('[1, 2.5, -3e2, null, true, {\"k\": [false]}]')\nfor bad in [\"{bad}\", \"\", \"[1] x\"]:\n    try:\n        json.loads(bad)\n    except ValueError, e:\n        print e\ntry:\n    json.dumps(object)\nexcept TypeError, e:\n    print 'TypeError'\n";

describe('json module (runtime/guest/modules/json.py)', () => {
  it('dumps with sort_keys/indent/separators in the 2.7 format, loads to unicode, decoder messages', async () => {
    expect(await output(SOURCE)).toBe("{\n  \"a\": [\n    1, \n    2\n  ], \n  \"b\": 1\n}\n{\"a\":1,\"b\":2} [null, true, 1.5, \"x\\n\\\"\", 1099511627776]\n\"quote\\\" back\\\\ ctrl\\u0001\" {\"1\": 2} [[]] {}\n[1, 2.5, -300.0, None, True, {u'k': [False]}]\nExpecting property name: line 1 column 2 (char 1)\nNo JSON object could be decoded\nExtra data: line 1 column 5 - line 1 column 6 (char 4 - 5)\nTypeError\n");
  });
});
