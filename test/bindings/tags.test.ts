/** system.tag through the library API: a TagProvider object, effects of writes, the tag file's rules. */
import { describe, expect, it } from 'vitest';
import {
  EffectLog, FixtureBackend, MemoryTagProvider, parseTagFile, runScript, SystemTags, TagFileError, type TagFile,
} from '../../bindings/index.js';
import { parseTagPath, TagPathSyntaxError } from '../../bindings/tag/tag-path.js';

const FILE: TagFile = {
  providers: {
    default: { tags: [{ name: 'Line1', tags: [{ name: 'Speed', dataType: 'Float8', value: 12.5 }, { name: 'Count', dataType: 'Int4', value: 1 }] }] },
  },
};
const backend = new FixtureBackend([{ id: 's1', project: 'P', userAgent: 'x', clientAddress: '1.2.3.4' }]);

describe('system.tag in the library API', () => {
  it('a MemoryTagProvider passed as `tags` keeps the script\'s writes, and they are recorded as effects', async () => {
    const tags = new MemoryTagProvider(FILE, () => Date.UTC(2024, 2, 5));
    const effects = new EffectLog(() => Date.UTC(2024, 2, 5));
    const result = await runScript(
      "print system.tag.writeBlocking(['[default]Line1/Count', 'line1/nope'], [5, 6])\n"
      + "print system.tag.configure('[default]New', [{'name': 'T', 'dataType': 'Int4', 'value': 1}])\n"
      + "system.tag.writeAsync(['Line1/Speed'], [2.5])",
      { backend, tags, effects },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`[Good, Bad_NotFound("Path '[default]line1/nope' not found.")]\n[Good]\n`);
    const saved = tags.exportNow();
    expect(saved.providers['default']?.tags.map((t) => t.name)).toEqual(['Line1', 'New']);
    expect(effects.list().map(({ function: fn, args, targets, result: r }) => ({ fn, args, targets, r }))).toEqual([
      {
        fn: 'system.tag.writeBlocking',
        args: { tagPaths: ['[default]Line1/Count', 'line1/nope'], values: [5, 6], timeout: 45000 },
        targets: [{ tagPath: '[default]Line1/Count' }, { tagPath: '[default]line1/nope' }],
        r: ['Good', `Bad_NotFound("Path '[default]line1/nope' not found.")`],
      },
      {
        fn: 'system.tag.configure',
        args: { basePath: '[default]New', tags: [{ name: 'T', dataType: 'Int4', value: 1 }], collisionPolicy: 'o' },
        targets: [{ tagPath: '[default]New/T' }],
        r: ['Good'],
      },
      { fn: 'system.tag.writeAsync', args: { tagPaths: ['Line1/Speed'], values: [2.5] }, targets: [{ tagPath: '[default]Line1/Speed' }], r: ['Good'] },
    ]);
  });

  it('reads give Python types by data type; the timestamp is a java.util.Date', async () => {
    const tags = new MemoryTagProvider({ providers: { default: { tags: [
      { name: 'B', dataType: 'Boolean', value: false }, { name: 'L', dataType: 'Int8', value: 5 },
      { name: 'F', dataType: 'Float4', value: 1.1 }, { name: 'D', dataType: 'DateTime', value: '1970-01-02T00:00:00Z' },
      { name: 'N', dataType: 'String', value: null },
    ] } } });
    const result = await runScript("for qv in system.tag.readBlocking(['B', 'L', 'F', 'D', 'N']):\n    print repr(qv.value), type(qv.timestamp).__name__", { backend, tags, timezone: 'UTC' });
    expect(result.stdout).toBe("False Date\n5L Date\n1.100000023841858 Date\nFri Jan 02 00:00:00 UTC 1970 Date\nNone Date\n");
  });

  it('the System session count follows the backend, and its writes are refused', async () => {
    const system = new SystemTags(new MemoryTagProvider(), () => 7);
    const [read] = await system.read(['[System]Gateway/Perspective/SessionCount']);
    expect(read?.value).toBe(7);
    const [write] = await system.write([{ path: '[system]Gateway/Perspective/SessionCount', value: { kind: 'int', value: 1, text: '1' } }]);
    expect(write?.quality.name).toBe('Bad_ReadOnly');
    const browse = await system.browse('[System]Gateway/Perspective', {});
    expect(browse.results.map((r) => r.fullPath)).toEqual(['[System]Gateway/Perspective/SessionCount']);
  });

  it('bad arguments raise as a gateway would', async () => {
    const result = await runScript("try:\n    system.tag.readBlocking([1])\nexcept TypeError, e:\n    print e\nsystem.tag.configure('[default]X', [{'name': 'a/b', 'dataType': 'Int4'}])", { backend });
    expect(result.stdout).toBe('readBlocking(): a tag path must be a string, not int\n');
    expect(result.stderr).toContain('ValueError: configure(): tags[0].name: a name must not contain / [ ] . or "');
  });
});

describe('tag files and paths', () => {
  it('parseTagFile names the tag of each problem, up to ten', () => {
    expect(() => parseTagFile('{"providers": {"p": {"tags": [{"name": "F", "tags": [{"name": "T", "dataType": "Int5"}]}]}}}', 'f.json'))
      .toThrow(new TagFileError('f.json: [p]F/T.dataType: dataType must be one of Boolean, Int1, Int2, Int4, Int8, Float4, Float8, String, DateTime'));
    expect(() => parseTagFile('{"provider": {}}', 'f.json')).toThrow(/f.json: the file: unknown key "provider"/);
  });

  it('parseTagPath: provider, names and property', () => {
    expect(parseTagPath('[plant]A/B/C.Quality')).toEqual({ provider: 'plant', names: ['A', 'B', 'C'], property: 'quality' });
    expect(parseTagPath('A/B')).toEqual({ provider: 'default', names: ['A', 'B'], property: null });
    expect(parseTagPath('[default]')).toEqual({ provider: 'default', names: [], property: null });
    expect(() => parseTagPath('[default A')).toThrow(TagPathSyntaxError);
    expect(() => parseTagPath('A//B')).toThrow(TagPathSyntaxError);
  });
});

describe('browse name filters', () => {
  it('match * wildcards in linear time, ignoring case', async () => {
    const { wildcardMatch } = await import('../../bindings/tag/browse.js');
    expect(wildcardMatch('M*', 'motor1')).toBe(true);
    expect(wildcardMatch('*tag*', 'MyTagA')).toBe(true);
    expect(wildcardMatch('a*b*c', 'axxbyyc')).toBe(true);
    expect(wildcardMatch('a*b*c', 'axxbyy')).toBe(false);
    expect(wildcardMatch('exact', 'Exact')).toBe(true);
    expect(wildcardMatch('', '')).toBe(true);
    // A pattern that makes a backtracking regular expression explode answers at once.
    expect(wildcardMatch(`${'*a'.repeat(40)}*b`, 'a'.repeat(5000))).toBe(false);
  });
});
