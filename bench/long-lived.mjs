// Heap of a long-lived host: N mixed runs in one Interpreter, reset between runs (as doctest and services do).
// Usage: node bench/long-lived.mjs RUNS recycle|norecycle  -> prints one JSON line.
import { fileURLToPath } from 'node:url';

const [runs = '5000', mode = 'recycle'] = process.argv.slice(2);
const { createIgnitionInterpreter } = await import(fileURLToPath(new URL('../dist/index.js', import.meta.url)));
const recycle = mode === 'recycle' ? undefined : { afterRuns: Infinity, afterHeapMb: Infinity };
const session = await createIgnitionInterpreter(recycle ? { recycle } : {});
const scripts = [
  'import collections\nc = collections.Counter("abracadabra")\nx = c.most_common(2)',
  'import re, datetime\nm = re.match(r"(\\w+)@", "billy@plant")\nd = datetime.date(2024, 1, 2)',
  'sessions = system.perspective.getSessionInfo()\nusers = sorted(set([s["username"] for s in sessions]))',
  'rows = ["%s:%d" % (k, v) for k, v in {"a": 1, "b": 2}.items()]\nimport json\ny = json.dumps(rows)',
  'import itertools, string\nz = list(itertools.islice(itertools.count(), 50))\nt = string.ascii_letters.upper()',
];
let maxRss = 0;
let maxHeap = 0;
let failures = 0;
const start = performance.now();
for (let i = 0; i < Number(runs); i++) {
  const result = await session.exec(scripts[i % scripts.length], { filename: `<run ${i}>` });
  if (!result.ok) failures++;
  maxHeap = Math.max(maxHeap, session.sandboxStats().heapUsedBytes);
  await session.reset();
  if (i % 100 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
}
const elapsed = performance.now() - start;
const final = { rssMb: process.memoryUsage().rss / 2 ** 20, workerHeapMb: session.sandboxStats().heapUsedBytes / 2 ** 20 };
await session.dispose();
console.log(JSON.stringify({ runs: Number(runs), mode, failures, msPerRun: elapsed / Number(runs), maxRssMb: maxRss / 2 ** 20, maxWorkerHeapMb: maxHeap / 2 ** 20, final }));
