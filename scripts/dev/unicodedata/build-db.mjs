// Builds runtime/guest/modules/_unicodedata_db.py from Jython 2.7's unicodedata, dumped by dump.py:
//   jython scripts/dev/unicodedata/dump.py > /tmp/unicodedata.tsv
//   node scripts/dev/unicodedata/build-db.mjs /tmp/unicodedata.tsv
// The tables are compact strings read by runtime/guest/modules/unicodedata.py (which documents the encodings),
// and the script checks that they decode back to every name it was given.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../../../runtime/guest/modules/_unicodedata_db.py', import.meta.url));
const FIRST_CODE_CHARS = 'abcdefghijklmnopqrstuvwxyz!#$%&()*+,./:;<=>?@[]^_`{}~';
const SECOND_CODE_CHARS = FIRST_CODE_CHARS + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SHARED_COUNT_CHARS = '0123456789ABCDEFGHIJ';
const BLOCK = 32;
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

const rows = readFileSync(process.argv[2] ?? '/tmp/unicodedata.tsv', 'utf8').trimEnd().split('\n').map((line) => {
  const [hex, name, bidi, combining, width, decomposition, numeric] = line.split('\t');
  return { cp: parseInt(hex, 16), name, bidi, combining, width, decomposition, numeric };
});

function wordCode(index) {
  if (index < FIRST_CODE_CHARS.length) return FIRST_CODE_CHARS[index];
  const rest = index - FIRST_CODE_CHARS.length;
  const first = Math.floor(rest / SECOND_CODE_CHARS.length);
  if (first >= FIRST_CODE_CHARS.length) throw new Error('too many name words for two-character codes');
  return FIRST_CODE_CHARS[first] + SECOND_CODE_CHARS[rest % SECOND_CODE_CHARS.length];
}

/** Names of the form PREFIX-<code point in hex>, as (first, last, prefix) ranges; Hangul syllables aside. */
function algorithmicRanges() {
  const ranges = [];
  for (const row of rows) {
    const match = /^(.*-)([0-9A-F]{4,6})$/.exec(row.name);
    if (!match || parseInt(match[2], 16) !== row.cp) continue;
    const last = ranges[ranges.length - 1];
    if (last && last[2] === match[1] && last[1] === row.cp - 1) last[1] = row.cp;
    else ranges.push([row.cp, row.cp, match[1]]);
  }
  return ranges;
}

const algorithmic = algorithmicRanges();
const isAlgorithmic = (cp) => (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) || algorithmic.some(([a, b]) => cp >= a && cp <= b);
const named = rows.filter((row) => row.name && !isAlgorithmic(row.cp));
for (const row of named) if (!/^[A-Z0-9-]+( [A-Z0-9-]+)*$/.test(row.name)) throw new Error(`name ${row.name}`);

// Runs of consecutive named code points: 'start:length' in hex.
const nameRuns = [];
for (const row of named) {
  const last = nameRuns[nameRuns.length - 1];
  if (last && last[0] + last[1] === row.cp) last[1]++;
  else nameRuns.push([row.cp, 1]);
}

// Each name: the count of leading words shared with the previous name (none at the start of a block of BLOCK
// names), then its other words, each a literal word or the code of a word used more than once.
const entriesWords = [];
let previous = [];
named.forEach((row, i) => {
  const words = row.name.split(' ');
  let shared = 0;
  if (i % BLOCK !== 0) while (shared < words.length - 1 && words[shared] === previous[shared]) shared++;
  entriesWords.push([shared, words.slice(shared)]);
  previous = words;
});
const frequency = new Map();
for (const [, words] of entriesWords) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
const codedWords = [...frequency].filter(([word, count]) => count > 1 && word.length > 1)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
const codeOf = new Map(codedWords.map((word, i) => [word, wordCode(i)]));
const entries = entriesWords.map(([shared, words]) =>
  SHARED_COUNT_CHARS[shared] + words.map((word) => codeOf.get(word) ?? word).join(' '));

// Check: decode every entry back as unicodedata.py does.
const wordOf = new Map([...codeOf].map(([word, code]) => [code, word]));
let decoded = [];
entries.forEach((entry, i) => {
  const shared = SHARED_COUNT_CHARS.indexOf(entry[0]);
  const words = entry.slice(1).split(' ').map((token) => wordOf.get(token) ?? token);
  decoded = decoded.slice(0, shared).concat(words);
  if (decoded.join(' ') !== named[i].name) throw new Error(`decode ${named[i].name}`);
});

/** Change points of a property over all code points: 'start(hex)' list and one value per run. */
function runs(field, defaultValue) {
  const starts = [];
  const values = [];
  let current;
  let next = 0;
  const push = (cp, value) => {
    if (value !== current) { starts.push(cp.toString(16)); values.push(value); current = value; }
  };
  for (const row of rows) {
    if (row.cp !== next) push(next, defaultValue); // code points the dump skips (surrogates)
    push(row.cp, row[field]);
    next = row.cp + 1;
  }
  const names = [...new Set(values)];
  return { starts: starts.join(','), values: values.map((v) => names.indexOf(v)), names };
}

function valueString(indexes, names) {
  if (names.length > SECOND_CODE_CHARS.length) throw new Error('too many values');
  return indexes.map((i) => SECOND_CODE_CHARS[i]).join('');
}

// Decompositions other than Hangul syllables' (algorithmic): 'cp(hex)=decomposition' entries, a run of code
// points whose single-code decompositions step with them written once as 'first+count(hex)=decomposition'.
function decompositions() {
  const out = [];
  let run = null;
  const flush = () => {
    if (!run) return;
    out.push(`${run.first.toString(16)}${run.count > 1 ? `+${run.count.toString(16)}` : ''}=${run.text}`);
    run = null;
  };
  for (const row of rows) {
    if (!row.decomposition || (row.cp >= HANGUL_FIRST && row.cp <= HANGUL_LAST)) { flush(); continue; }
    const single = /^(<\w+> )?([0-9A-F]+)$/.exec(row.decomposition);
    if (run && single && run.single && run.tag === (single[1] ?? '') && run.first + run.count === row.cp
        && run.target + run.count === parseInt(single[2], 16)) {
      run.count++;
      continue;
    }
    flush();
    run = { first: row.cp, count: 1, text: row.decomposition, single: Boolean(single),
      tag: single ? (single[1] ?? '') : '', target: single ? parseInt(single[2], 16) : 0 };
  }
  flush();
  return out.join(',');
}

function numerics() {
  return rows.filter((row) => row.numeric).map((row) => `${row.cp.toString(16)}=${row.numeric}`).join(',');
}

function literal(text, width = 112) {
  if (text.length <= width) return `'${text}'`;
  const parts = [];
  for (let i = 0; i < text.length; i += width) parts.push(`    '${text.slice(i, i + width)}'`);
  return `(\n${parts.join('\n')}\n)`;
}

const bidi = runs('bidi', 'L');
const combining = runs('combining', '0');
const width = runs('width', 'N');
const py = `# Generated by scripts/dev/unicodedata/build-db.mjs from Jython 2.7's unicodedata (Unicode 15.0.0); do not edit.
# The encodings are described in unicodedata.py, which reads these tables on first use.

ALGORITHMIC_NAMES = (
${algorithmic.map(([a, b, p]) => `    (0x${a.toString(16)}, 0x${b.toString(16)}, '${p}'),`).join('\n')}
)
NAME_BLOCK = ${BLOCK}
NAME_RUNS = ${literal(nameRuns.map(([s, n]) => `${s.toString(16)}:${n.toString(16)}`).join(','))}
WORDS = ${literal(codedWords.join(' '))}
NAMES = ${literal(entries.join('|'))}
BIDI_STARTS = ${literal(bidi.starts)}
BIDI_VALUES = ${literal(valueString(bidi.values, bidi.names))}
BIDI_NAMES = ${JSON.stringify(bidi.names).replace(/"/g, "'")}
COMBINING_STARTS = ${literal(combining.starts)}
COMBINING_VALUES = ${literal(valueString(combining.values, combining.names))}
COMBINING_NAMES = ${JSON.stringify(combining.names).replace(/"/g, "'")}
WIDTH_STARTS = ${literal(width.starts)}
WIDTH_VALUES = ${literal(valueString(width.values, width.names))}
WIDTH_NAMES = ${JSON.stringify(width.names).replace(/"/g, "'")}
DECOMPOSITIONS = ${literal(decompositions())}
NUMERICS = ${literal(numerics())}
`;
writeFileSync(OUTPUT, py);
console.log(`${OUTPUT}: ${py.length} bytes; ${named.length} names, ${codedWords.length} coded words`);
