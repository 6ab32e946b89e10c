// Applies the reviewed patch series in runtime/skulpt/patches/ to Skulpt at build time (see build.mjs); the same
// parser and hunk rules apply isolated-vm's series (runtime/sandbox/patch-isolated-vm.mjs).
//
// Each patch is a unified diff of files under Skulpt's src/ (as `diff -u a/src/x.js b/src/x.js` or
// `git diff` writes it), preceded by a free-text header that says what it changes and why. Hunks are applied
// by exact context, not by line number: the old side of every hunk (context and removed lines) must occur
// exactly once in its file, or the build fails. So a Skulpt upgrade that moves or changes patched code stops
// the build instead of producing a half-patched engine.
//
// The same series applies to two forms of the sources: the files of node_modules/skulpt/src themselves, and
// the module bodies of node_modules/skulpt/dist/skulpt.js (webpack's unminified bundle, where each src/*.js is
// kept verbatim between `!*** ./src/x.js ***!` and the next `/***/ })`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ old: string, new: string, header: string }} Hunk
 * @typedef {{ name: string, file: string, hunks: Hunk[] }} Patch
 */

/** Skulpt's patches change its JavaScript sources. */
const SKULPT_SOURCE = /^src\/[\w./-]+\.js$/;

/** Reads every `*.patch` of a folder, in name order; each must change a file whose path matches `files`. */
export function readPatchSeries(dir, files = SKULPT_SOURCE) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.patch'))
    .sort()
    .map((name) => parsePatch(name, readFileSync(join(dir, name), 'utf8'), files));
}

/**
 * Parses one patch. It must change exactly one file, whose path matches `files`, with at least one hunk.
 * @param {string} name
 * @param {string} text
 * @param {RegExp} [files]
 * @returns {Patch}
 */
export function parsePatch(name, text, files = SKULPT_SOURCE) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let file;
  const hunks = [];
  let current;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (file === undefined) {
      if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
        file = /^\+\+\+ (?:b\/)?(\S+)/.exec(lines[i + 1])?.[1];
        i++;
      }
      continue;
    }
    if (line.startsWith('--- ')) throw new Error(`${name}: a patch changes one file only`);
    if (line.startsWith('@@')) {
      if (!/^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/.test(line)) throw new Error(`${name}: bad hunk header: ${line}`);
      current = { old: [], new: [], header: line };
      hunks.push(current);
      continue;
    }
    if (current === undefined) throw new Error(`${name}: text between the file header and the first hunk`);
    if (line.startsWith('\\')) continue; // "\ No newline at end of file"
    const body = line.slice(1);
    if (line.startsWith(' ') || line === '') {
      current.old.push(body);
      current.new.push(body);
    } else if (line.startsWith('-')) {
      current.old.push(body);
    } else if (line.startsWith('+')) {
      current.new.push(body);
    } else {
      throw new Error(`${name}: unexpected line in hunk ${current.header}: ${line}`);
    }
  }
  if (file === undefined || !files.test(file)) throw new Error(`${name}: no file header matching ${files}`);
  if (hunks.length === 0) throw new Error(`${name}: no hunks`);
  return {
    name,
    file,
    hunks: hunks.map((h) => ({ header: h.header, old: h.old.join('\n') + '\n', new: h.new.join('\n') + '\n' })),
  };
}

/**
 * Applies a patch's hunks to the text of its file. Throws unless each hunk's old side occurs exactly once.
 * @param {Patch} patch
 * @param {string} text
 */
export function applyPatch(patch, text) {
  let out = text;
  for (const hunk of patch.hunks) {
    const at = out.indexOf(hunk.old);
    if (at < 0) throw new Error(`patch ${patch.name} does not apply to ${patch.file}: hunk ${hunk.header} not found`);
    if (out.indexOf(hunk.old, at + 1) >= 0) throw new Error(`patch ${patch.name}: hunk ${hunk.header} matches ${patch.file} more than once`);
    out = out.slice(0, at) + hunk.new + out.slice(at + hunk.old.length);
  }
  return out;
}

/** Where webpack's bundle keeps the verbatim body of src/x.js. */
function moduleBounds(bundle, file) {
  const marker = `!*** ./${file} ***!`;
  const markerAt = bundle.indexOf(marker);
  if (markerAt < 0 || bundle.indexOf(marker, markerAt + 1) >= 0) throw new Error(`Skulpt bundle: module ${file} not found exactly once`);
  const start = bundle.indexOf('\n', bundle.indexOf('/***/ (function(module, exports', markerAt)) + 1;
  const end = bundle.indexOf('\n/***/ })', start);
  if (start <= 0 || end < 0) throw new Error(`Skulpt bundle: cannot delimit module ${file}`);
  return { start, end: end + 1 };
}

/**
 * Applies a series to the unminified webpack bundle of Skulpt, each patch inside the module of its file.
 * @param {Patch[]} series
 * @param {string} bundle
 */
export function applyToBundle(series, bundle) {
  let out = bundle;
  for (const patch of series) {
    const { start, end } = moduleBounds(out, patch.file);
    out = out.slice(0, start) + applyPatch(patch, out.slice(start, end)) + out.slice(end);
  }
  return out;
}
