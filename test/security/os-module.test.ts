/**
 * The sandbox's `os` (issue 14) is a package of pure path functions: `import os`, `import os.path` and
 * `from os import path` work for the os.path calls Jython scripts make, and nothing of the host is reachable
 * through it (runtime/guest/modules/os/).
 */
import { describe, expect, it } from 'vitest';
import { runPython } from '../../runtime/index.js';

describe('os is os.path and constants only', () => {
  it('serves the path functions under every import form', async () => {
    const result = await runPython(
      'import os\nimport os.path\nfrom os import path\nimport posixpath\n' +
        'print os.path.join("/data", "a.csv"), path.splitext("a.tar.gz"), posixpath.normpath("/a/../b"), os.sep, os.name',
    );
    expect(result).toMatchObject({ ok: true, stdout: "/data/a.csv ('a.tar', '.gz') /b / java\n" });
  });

  it('has no process, environment or file-system call', async () => {
    const names = ['system', 'popen', 'environ', 'getenv', 'putenv', 'listdir', 'remove', 'unlink', 'rename', 'mkdir',
      'makedirs', 'rmdir', 'walk', 'open', 'fdopen', 'read', 'write', 'stat', 'chdir', 'kill', 'getpid', 'urandom',
      'execv', 'spawnv', 'fork', 'sys', 'uname'];
    const result = await runPython(`import os\nprint [n for n in ${JSON.stringify(names)} if hasattr(os, n)]`);
    expect(result).toMatchObject({ ok: true, stdout: '[]\n' });
    const call = await runPython('import os\nos.system("id")');
    expect(call.exitCode).toBe(1);
    expect(call.stderr).toContain("AttributeError: 'module' object has no attribute 'system'");
  });

  it('answers file queries as for an empty disk, with "/" as the working directory', async () => {
    const result = await runPython(
      'import os\nprint os.path.exists("/etc/passwd"), os.path.isfile("/etc/passwd"), os.path.isdir("/"), os.getcwd(), os.path.abspath("x")\n' +
        'print os.path.expanduser("~/x"), os.path.expandvars("$HOME/x"), os.path.realpath("a/../b")\n' +
        'try:\n    os.path.getsize("/etc/passwd")\nexcept OSError, e:\n    print e',
    );
    expect(result).toMatchObject({
      ok: true,
      stdout: "False False False / /x\n~/x $HOME/x /b\n[Errno 2] No such file or directory: '/etc/passwd'\n",
    });
  });

  it('still refuses the other host modules', async () => {
    for (const name of ['subprocess', 'posix', 'nt', 'shutil', 'glob', 'socket']) {
      const result = await runPython(`import ${name}`);
      expect(result.stderr).toContain(`No module named ${name} (module '${name}' is not available in the sandbox)`);
    }
  });
});
