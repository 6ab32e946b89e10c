import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DirectoryProjectLibrary, ProjectLibraryError, runScript } from '../../bindings/index.js';

const PROJECT = fileURLToPath(new URL('../../examples/project/SessionAudit', import.meta.url));
const GLOBAL_UTIL = join(PROJECT, '..', 'Global', 'ignition', 'script-python', 'Util', 'code.py');

describe('project library (--project)', () => {
  it('imports a module by its path, and uses top-level packages without an import', async () => {
    const result = await runScript('import BlueRidge.Common.Util\nprint BlueRidge.Common.Util.describe()\nprint Util.secondsToText(3725)\nprint BlueRidge.Common.Format.username({"username": "Billy"})', { project: PROJECT });
    expect(result.stdout).toBe('SessionAudit BlueRidge.Common.Util\n1h 2m 5s\nbilly\n');
  });

  it('inherits the parent project (child overrides per module path) and names the project', async () => {
    const library = DirectoryProjectLibrary.fromDirectory(PROJECT);
    expect(library.name).toBe('SessionAudit');
    expect(library.scripts.map((s) => s.path).sort()).toEqual(['Audit', 'BlueRidge.Common.Format', 'BlueRidge.Common.Util', 'Util']);
    const result = await runScript('print system.util.getProjectName(), system.perspective.getProjectInfo()["title"]', { project: library });
    expect(result.stdout).toBe('SessionAudit Session Audit\n');
  });

  it('gives getProjectInfo()["lastModified"] as a java.util.Date (the newest resource timestamp), as the manual says', async () => {
    const script = 'from java.util import Date\ni = system.perspective.getProjectInfo()\nm = i["lastModified"]\nprint isinstance(m, Date), m.getTime(), i["lastModifiedBy"]';
    const result = await runScript(script, { project: PROJECT, timezone: 'UTC' });
    expect(result.stdout).toBe('True 1714658591000 admin\n');
  });

  it('loads each module once per run', async () => {
    const result = await runScript('import Audit\nimport Audit\nprint Audit.loads, Audit is __import__("Audit")', { project: PROJECT });
    expect(result.stdout).toBe('1 True\n');
  });

  it('shows library files and function names in tracebacks', async () => {
    const result = await runScript('Audit.failing([1])', { project: PROJECT });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`File "${join(PROJECT, 'ignition', 'script-python', 'Audit', 'code.py')}", line 6, in failing`);
    expect(result.stderr).toContain(`File "${GLOBAL_UTIL}", line 23, in checkedRatio`);
    expect(result.stderr).toContain('ZeroDivisionError: integer division or modulo by zero');
  });

  it('refuses a missing parent, a cycle and a file that is not UTF-8, naming it', () => {
    const root = mkdtempSync(join(tmpdir(), 'ps-project-'));
    const make = (name: string, parent: string) => {
      mkdirSync(join(root, name, 'ignition', 'script-python'), { recursive: true });
      writeFileSync(join(root, name, 'project.json'), JSON.stringify({ parent }));
    };
    make('A', 'B');
    make('B', 'A');
    expect(() => DirectoryProjectLibrary.fromDirectory(join(root, 'A'))).toThrow(/cyclic project inheritance: A -> B -> A/);
    make('C', 'Missing');
    expect(() => DirectoryProjectLibrary.fromDirectory(join(root, 'C'))).toThrow(/parent project 'Missing' not found/);
    make('D', '');
    mkdirSync(join(root, 'D', 'ignition', 'script-python', 'Bad'));
    writeFileSync(join(root, 'D', 'ignition', 'script-python', 'Bad', 'code.py'), Buffer.from([0x70, 0xff, 0x0a]));
    expect(() => DirectoryProjectLibrary.fromDirectory(join(root, 'D'))).toThrow(ProjectLibraryError);
    expect(() => DirectoryProjectLibrary.fromDirectory(join(root, 'D'))).toThrow(/Bad\/code.py: not valid UTF-8/);
  });

  it('says when a gateway function is not available, and words a missing attribute as Jython', async () => {
    const result = await runScript('try:\n    system.tag.queryTagHistory\nexcept NotImplementedError, e:\n    print e\nsystem.foo');
    expect(result.stdout).toBe('system.tag.queryTagHistory is not available in perspective-sandbox\n');
    expect(result.stderr).toContain("AttributeError: 'module' object has no attribute 'foo'");
  });
});
