/** Issue 16: --tags, --tags-out and --tags-max-mb on run, repl and doctest, and how bad tag files are reported. */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ps-tags-cli-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const TAGS = JSON.stringify({
  providers: {
    default: { tags: [{ name: 'Counters', tags: [{ name: 'Runs', dataType: 'Int4', value: 41, timestamp: '2024-03-05T10:15:32Z' }] }] },
    plant: { tags: [{ name: 'Shift', dataType: 'String', value: 'B' }] },
  },
});
const COUNTER = "qv = system.tag.readBlocking(['Counters/Runs'])[0]\nprint qv\nprint system.tag.writeBlocking(['Counters/Runs'], [qv.value + 1])";

describe('run --tags and --tags-out', () => {
  it('reads the file, and --tags-out writes the tags back with the run\'s writes, atomically', () => {
    const tags = file('counter.json', TAGS);
    const out = join(dir, 'out.json');
    const first = cli(['run', '--tags', tags, '--tags-out', out, '-c', COUNTER], undefined, { TZ: 'UTC' });
    expect(first).toEqual({ status: 0, stdout: '[41, Good, Tue Mar 05 10:15:32 UTC 2024 (1709633732000)]\n[Good]\n', stderr: '' });
    const saved = JSON.parse(readFileSync(out, 'utf8')) as { providers: { default: { tags: [{ tags: [{ value: number }] }] }; plant: unknown } };
    expect(saved.providers.default.tags[0].tags[0].value).toBe(42);
    expect(saved.providers.plant).toEqual({ tags: [expect.objectContaining({ name: 'Shift', value: 'B' })] });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The saved file is a tag file: a second run continues from it.
    const second = cli(['run', '--tags', out, '--tags-out', out, '-c', "print system.tag.readBlocking('Counters/Runs')[0].value"]);
    expect(second.stdout).toBe('42\n');
  });

  it('examples/session_count_tag.py writes the demo session count to examples/tags.json\'s tag', () => {
    expect(cli(['run', '--tags', 'examples/tags.json', 'examples/session_count_tag.py'])).toEqual({ status: 0, stdout: 'Perspective sessions: 7\n', stderr: '' });
  });

  it('without --tags: an empty default provider and the System session count of the fixture', () => {
    const result = cli(['run', '--sessions', 'test/fixtures/small-sessions.json', '-c',
      "print system.tag.readBlocking(['[System]Gateway/Perspective/SessionCount', 'X'])[0].value, system.tag.browse('').getReturnedSize()"]);
    expect(result).toEqual({ status: 0, stdout: '4 0\n', stderr: '' });
  });

  it('a bad tag file exits with 2 before the script runs, naming the file and the tag', () => {
    const cases: Array<[string, string]> = [
      ['{"providers": {"default": {"tags": [{"name": "A", "tags": [{"name": "B", "dataType": "Int4", "value": "x"}]}]}}}', 'bad.json: [default]A/B.value: "x" is not a value of type Int4'],
      ['{"providers": {"default": {"tags": [{"name": "A", "dataTyp": "Int4"}]}}}', 'bad.json: [default]A: unknown key "dataTyp"'],
      ['{"providers": {"default": {"tags": [{"name": "A", "dataType": "Int4", "quality": "Fine"}]}}}', 'bad.json: [default]A.quality: quality must be a quality name'],
      ['{"providers": {"default": {"tags": [{"name": "A"}]}}}', 'bad.json: [default]A: an AtomicTag needs a dataType'],
      ['{"providers": {"default": {"tags": [{"name": "A", "dataType": "Int4"}, {"name": "a", "dataType": "Int4"}]}}}', "bad.json: [default]a: a second tag or folder named 'a' in the same folder"],
      ['{"providers": {"System": {"tags": []}}}', "bad.json: [System]: the provider name 'System' is reserved"],
      ['{"providers": {"default": {"tags": [}}', 'bad.json: not valid JSON'],
    ];
    for (const [text, message] of cases) {
      const result = cli(['run', '--tags', file('bad.json', text), '-c', 'print "ran"']);
      expect(result.status, text).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr, text).toContain(`perspective-sandbox: ${message}`);
    }
    const missing = cli(['run', '--tags', join(dir, 'nope.json'), '-c', 'print 1']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.json: cannot read the tag file (ENOENT)');
  });

  it('--tags-max-mb caps the file read', () => {
    const big = file('big.json', JSON.stringify({ providers: { default: { tags: [{ name: 'S', dataType: 'String', value: 'x'.repeat(200_000) }] } } }));
    const refused = cli(['run', '--tags', big, '--tags-max-mb', '0.1', '-c', 'print 1']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('the tag file is larger than 0.1 MB; raise the cap with --tags-max-mb');
    expect(cli(['run', '--tags', big, '--tags-max-mb', '1', '-c', "print len(system.tag.readBlocking('S')[0].value)"]).stdout).toBe('200000\n');
    expect(cli(['run', '--tags-max-mb', 'lots', '-c', 'print 1']).stderr).toContain('--tags-max-mb must be a number');
  });

  it('--tags-out next to --gateway is a usage error', () => {
    const result = cli(['run', '--gateway', 'http://127.0.0.1:1', '--token', 'abcdefgh', '--tags-out', join(dir, 'x.json'), '-c', 'print 1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--tags-out saves a --tags file');
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });

  it('writes are not saved without --tags-out: the file is unchanged', () => {
    const tags = file('untouched.json', TAGS);
    expect(cli(['run', '--tags', tags, '-c', COUNTER]).status).toBe(0);
    expect(readFileSync(tags, 'utf8')).toBe(TAGS);
  });
});

describe('repl and doctest take --tags', () => {
  it('repl with piped input reads and writes the tags; --tags-out saves them at exit', () => {
    const out = join(dir, 'repl-out.json');
    const result = cli(['repl', '--tags', file('repl.json', TAGS), '--tags-out', out], "system.tag.writeBlocking(['[plant]Shift'], ['C'])\nprint system.tag.readBlocking('[plant]Shift')[0].value\n");
    expect(result.stdout).toBe('[Good]\nC\n');
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('"value": "C"');
  });

  it('doctest --tags: every document starts from the file, whatever the previous one wrote', () => {
    const doc = (name: string) => file(name, "```python\nqv = system.tag.readBlocking('Counters/Runs')[0]\nprint qv.value\nsystem.tag.writeBlocking(['Counters/Runs'], [qv.value + 100])\n```\n\n```output\n41\n```\n");
    doc('a.md');
    doc('b.md');
    const result = cli(['doctest', '--tags', join(dir, 'counter.json'), '--jobs', '1', join(dir, 'a.md'), join(dir, 'b.md')]);
    expect(result.stdout).toContain('2 passed, 0 failed');
    expect(result.status).toBe(0);
    const bad = cli(['doctest', '--tags', file('bad-doc.json', '{"providers": {"default": {"tags": [{"name": "A"}]}}}'), join(dir, 'a.md')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('[default]A: an AtomicTag needs a dataType');
  });
});
