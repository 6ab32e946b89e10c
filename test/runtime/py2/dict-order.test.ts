import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "print hash(\"abc\"), hash(u\"\\xe9x\"), hash(10L), hash(2**40), hash(-2**40), hash(1.5), hash(-1), hash((1, \"a\")), hash(True), hash(2.0), hash(1e20), hash(-0.5), hash(()), hash(2**63)\nd = {}\nfor i in range(30): d[\"k%d\" % i] = i\nprint d.keys()\ns = set(range(0, 200, 7))\nprint list(s)[:12]\nd2 = dict((i * 1000, 1) for i in range(40))\nprint d2.keys()[:15]\ndel d[\"k3\"]\nprint d.popitem()\n";

describe("Jython's dict and set order (dict-order.ts)", () => {
  it('iterates in ConcurrentHashMap bin order with Java hash codes, across resizes; popitem takes the first', async () => {
    expect(await output(SOURCE)).toBe("96354 7343 10 7936 -7936 1073217536 -1 -382121059 1 2 1882487352 -1075838976 3527539 -2147483648\n['k11', 'k10', 'k13', 'k12', 'k15', 'k14', 'k17', 'k16', 'k19', 'k18', 'k0', 'k1', 'k2', 'k3', 'k20', 'k4', 'k5', 'k22', 'k6', 'k21', 'k7', 'k24', 'k8', 'k23', 'k9', 'k26', 'k25', 'k28', 'k27', 'k29']\n[0, 196, 133, 70, 7, 140, 77, 14, 147, 84, 21, 154]\n[16000, 8000, 0, 24000, 32000, 13000, 5000, 21000, 29000, 37000, 18000, 10000, 2000, 26000, 34000]\n('k11', 11)\n");
  });

  it('keeps insertion order when a key has no deterministic Java hash', async () => {
    expect(await output('class K(object): pass\nk = K()\nd = {"b": 1, None: 2, k: 3}\nprint d.values()\n')).toBe('[1, 2, 3]\n');
  });
});
