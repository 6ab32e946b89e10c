/**
 * Escape and abuse attempts, each with the exact outcome that shows it was blocked: the exit code, the
 * last line of stderr, and (where it matters) what reached stdout. Run with --timeout 2, --memory-limit 64
 * and --output-limit 10000.
 */
export interface Attempt {
  readonly name: string;
  readonly code: string;
  readonly exitCode: number;
  readonly lastStderrLine: string;
  readonly stdout?: string;
}

export const LIMITS = { timeoutSeconds: 2, memoryLimitMb: 64, outputLimitBytes: 10_000 } as const;
export const LIMIT_ARGS = ['--timeout', '2', '--memory-limit', '64', '--output-limit', '10000'];

const notDefined = (name: string) => `NameError: name '${name}' is not defined`;
const noModule = (full: string, top = full) => `ImportError: No module named ${full} (module '${top}' is not available in the sandbox)`;
const noAttribute = (name: string) => `AttributeError: attribute name '${name}' is not available in the sandbox`;
const TIME = 'perspective-sandbox: stopped: time limit of 2 s exceeded (--timeout)';
const MEMORY = 'MemoryError: memory limit of 64 MB exceeded';

export const ATTEMPTS: readonly Attempt[] = [
  // Builtins that reach JavaScript or the host.
  { name: 'jseval runs host JS', code: 'jseval("process.mainModule.require(\'child_process\').execSync(\'id\')")', exitCode: 1, lastStderrLine: notDefined('jseval') },
  { name: 'jsmillis', code: 'print jsmillis()', exitCode: 1, lastStderrLine: notDefined('jsmillis') },
  // __import__ exists (issue 14) and goes through the same allowlist as the import statement.
  { name: '__import__ builtin', code: '__import__("subprocess")', exitCode: 1, lastStderrLine: noModule('subprocess') },
  { name: '__import__ of a dotted blocked module', code: '__import__("subprocess.foo", {}, {}, ["x"])', exitCode: 1, lastStderrLine: noModule('subprocess.foo', 'subprocess') },
  { name: '__builtins__ lookup', code: 'print __builtins__', exitCode: 1, lastStderrLine: notDefined('__builtins__') },
  // eval/exec/compile run Python in the same sandbox: the same builtins and the same import allowlist.
  { name: 'eval', code: 'eval("jseval(\'1\')")', exitCode: 1, lastStderrLine: notDefined('jseval') },
  { name: 'compile', code: 'exec compile("import shutil", "x", "exec")', exitCode: 1, lastStderrLine: noModule('shutil') },
  { name: 'exec statement import', code: 'exec "import subprocess" in {}', exitCode: 1, lastStderrLine: noModule('subprocess') },
  { name: 'eval __import__', code: 'eval("__import__(\'posix\')")', exitCode: 1, lastStderrLine: noModule('posix') },
  { name: 'exec $-attribute', code: 'exec "print getattr(1, \'tp$name\')"', exitCode: 1, lastStderrLine: noAttribute('tp$name') },
  { name: 'execfile', code: 'execfile("/etc/passwd")', exitCode: 1, lastStderrLine: notDefined('execfile') },
  { name: 'input', code: 'input()', exitCode: 1, lastStderrLine: notDefined('input') },
  { name: 'raw_input', code: 'raw_input()', exitCode: 1, lastStderrLine: notDefined('raw_input') },
  { name: 'reload', code: 'import math\nreload(math)', exitCode: 1, lastStderrLine: notDefined('reload') },
  // Files.
  { name: 'open /etc/passwd', code: 'print open("/etc/passwd").read()', exitCode: 1, lastStderrLine: "IOError: [Errno 13] Permission denied: '/etc/passwd' (file access is not available in the sandbox)" },
  { name: 'file() for writing', code: 'file("/tmp/pwned", "w").write("x")', exitCode: 1, lastStderrLine: "IOError: [Errno 13] Permission denied: '/tmp/pwned' (file access is not available in the sandbox)" },
  // Imports beyond the allowlist.
  // os is os.path and constants only (issue 14; test/security/os-module.test.ts).
  { name: 'import os', code: 'import os\nos.system("id")', exitCode: 1, lastStderrLine: "AttributeError: 'module' object has no attribute 'system'" },
  { name: 'import posix', code: 'import posix', exitCode: 1, lastStderrLine: noModule('posix') },
  { name: 'import subprocess', code: 'import subprocess', exitCode: 1, lastStderrLine: noModule('subprocess') },
  { name: 'import socket', code: 'import socket', exitCode: 1, lastStderrLine: noModule('socket') },
  { name: 'import js', code: 'import js', exitCode: 1, lastStderrLine: noModule('js') },
  // java.* (issue 15) is a set of pure Python shims: System has no exit, and no class reaches files, processes or the network.
  { name: 'from java.lang import System', code: 'from java.lang import System\nSystem.exit(0)', exitCode: 1, lastStderrLine: "AttributeError: type object 'System' has no attribute 'exit'" },
  { name: 'java.lang.Runtime', code: 'from java.lang import Runtime\nRuntime.getRuntime().exec("id")', exitCode: 1, lastStderrLine: 'ImportError: cannot import name Runtime (java.lang.Runtime is not available in the sandbox)' },
  { name: 'import java.io.File', code: 'import java.io.File\njava.io.File("/etc/passwd")', exitCode: 1, lastStderrLine: 'ImportError: No module named java.io.File (java.io.File is not available in the sandbox)' },
  { name: 'import urllib2', code: 'import urllib2', exitCode: 1, lastStderrLine: noModule('urllib2') },
  { name: 'import document (browser DOM)', code: 'import document', exitCode: 1, lastStderrLine: noModule('document') },
  { name: 'import webbrowser', code: 'import webbrowser', exitCode: 1, lastStderrLine: noModule('webbrowser') },
  { name: 'import __builtin__', code: 'import __builtin__\n__builtin__.len = None', exitCode: 1, lastStderrLine: noModule('__builtin__') },
  { name: 'import ctypes', code: 'import ctypes', exitCode: 1, lastStderrLine: noModule('ctypes') },
  { name: 'import threading', code: 'import threading', exitCode: 1, lastStderrLine: noModule('threading') },
  { name: 'import httplib', code: 'import httplib', exitCode: 1, lastStderrLine: noModule('httplib') },
  { name: 'import pickle', code: 'import pickle', exitCode: 1, lastStderrLine: noModule('pickle') },
  { name: 'import marshal', code: 'import marshal', exitCode: 1, lastStderrLine: noModule('marshal') },
  // The stdlib modules written for the sandbox (issue 14) open no files either.
  { name: 'logging.FileHandler', code: 'import logging\nlogging.FileHandler("/tmp/pwned.log")', exitCode: 1, lastStderrLine: "IOError: [Errno 13] Permission denied: '/tmp/pwned.log' (file access is not available in the sandbox)" },
  { name: 'logging.basicConfig(filename=...)', code: 'import logging\nlogging.basicConfig(filename="/tmp/pwned.log")', exitCode: 1, lastStderrLine: "IOError: [Errno 13] Permission denied: '/tmp/pwned.log' (file access is not available in the sandbox)" },
  { name: 'io.open', code: 'import io\nio.open("/etc/passwd")', exitCode: 1, lastStderrLine: "IOError: [Errno 13] Permission denied: '/etc/passwd' (file access is not available in the sandbox)" },
  { name: 'sys.path + import of a host file', code: 'import sys\nsys.path.append("/tmp")\nimport evil', exitCode: 1, lastStderrLine: noModule('evil') },
  { name: 'sys.modules tampering does not reach imports', code: 'import sys\nsys.modules["math"] = 42\nimport math\nprint math.floor(2.5)', exitCode: 0, lastStderrLine: '', stdout: '2.0\n' },
  // Raw JS values through attribute access, object graph walks.
  { name: "getattr(1, 'tp$name')", code: 'print getattr(1, "tp$name")', exitCode: 1, lastStderrLine: noAttribute('tp$name') },
  { name: "getattr(len, '$r')", code: 'print getattr(len, "$r")', exitCode: 1, lastStderrLine: noAttribute('$r') },
  { name: "getattr on a session's $raw", code: 'print getattr(system.perspective.getSessionInfo()[0], "$raw")', exitCode: 1, lastStderrLine: noAttribute('$raw') },
  { name: "setattr of $d", code: 'setattr(system, "$d", {})', exitCode: 1, lastStderrLine: noAttribute('$d') },
  { name: "hasattr of tp$getattr", code: 'print hasattr(1, "tp$getattr")', exitCode: 1, lastStderrLine: noAttribute('tp$getattr') },
  { name: '__class__.__mro__ to object.__subclasses__', code: 'print (1).__class__.__mro__[-1].__subclasses__()', exitCode: 1, lastStderrLine: "AttributeError: type object 'object' has no attribute '__subclasses__'" },
  { name: '().__class__.__base__.__subclasses__', code: 'print ().__class__.__base__.__subclasses__()', exitCode: 1, lastStderrLine: "AttributeError: type object 'object' has no attribute '__subclasses__'" },
  // func_globals / __globals__ are a snapshot dict of the module's Python values (no Skulpt internals, no JS
  // objects); func_code is a code object with names and counts only; closures give cells of Python values.
  { name: 'func_globals holds Python values only', code: 'import json\ndef f(): pass\ng = f.func_globals\nprint type(g).__name__, sorted(k for k in g if "$" in k), g is f.__globals__, json.loads.func_globals["__name__"]', exitCode: 0, lastStderrLine: '', stdout: 'dict [] False json\n' },
  { name: 'func_globals is a copy', code: 'def f(): pass\nf.func_globals["f"] = 1\nprint f.__name__, type(f).__name__', exitCode: 0, lastStderrLine: '', stdout: 'f function\n' },
  { name: 'func_code exposes no code', code: 'def f(a, b=1): pass\nc = f.func_code\nprint c.co_name, c.co_argcount, c.co_varnames, hasattr(c, "co_code")', exitCode: 0, lastStderrLine: '', stdout: 'f 2 (\'a\', \'b\') False\n' },
  { name: 'sys._getframe', code: 'import sys\nprint sys._getframe()', exitCode: 1, lastStderrLine: "AttributeError: 'module' object has no attribute '_getframe'" },
  { name: 'host function internals', code: 'print system.perspective.getSessionInfo.__closure__', exitCode: 1, lastStderrLine: "AttributeError: 'builtin_function_or_method' object has no attribute '__closure__'" },
  // Switching the limits off.
  { name: 'sys.setExecutionLimit', code: 'import sys\nsys.setExecutionLimit(10**9)', exitCode: 1, lastStderrLine: "AttributeError: 'module' object has no attribute 'setExecutionLimit'" },
  { name: 'sys.resetTimeout', code: 'import sys\nsys.resetTimeout()', exitCode: 1, lastStderrLine: "AttributeError: 'module' object has no attribute 'resetTimeout'" },
  { name: 'sys.setYieldLimit', code: 'import sys\nsys.setYieldLimit(None)', exitCode: 1, lastStderrLine: "AttributeError: 'module' object has no attribute 'setYieldLimit'" },
  { name: 'sys.stdin', code: 'import sys\nsys.stdin.read()', exitCode: 1, lastStderrLine: "AttributeError: 'module' object has no attribute 'stdin'" },
  // Runaway code.
  { name: 'while True: pass', code: 'while True: pass', exitCode: 3, lastStderrLine: TIME },
  { name: 'xrange(10**12) loop', code: 'for i in xrange(10**12): pass', exitCode: 3, lastStderrLine: TIME },
  { name: 'native loop sum(itertools.count())', code: 'import itertools\nsum(itertools.count())', exitCode: 3, lastStderrLine: TIME },
  { name: 'bare except around a busy loop', code: 'try:\n    while True: pass\nexcept:\n    pass\nprint "escaped"', exitCode: 3, lastStderrLine: TIME, stdout: '' },
  { name: 'except BaseException in a loop', code: 'while True:\n    try:\n        while True: pass\n    except BaseException:\n        print "caught"', exitCode: 3, lastStderrLine: TIME, stdout: '' },
  { name: 'setExecutionLimit attempt then loop', code: 'import sys\ntry:\n    sys.setExecutionLimit(10**9)\nexcept AttributeError:\n    pass\nwhile True: pass', exitCode: 3, lastStderrLine: TIME },
  { name: 'time.sleep past the deadline', code: 'import time\ntime.sleep(10**6)\nprint "woke"', exitCode: 3, lastStderrLine: TIME, stdout: '' },
  { name: 'deep recursion', code: 'def f(n): return f(n + 1)\nf(0)', exitCode: 1, lastStderrLine: 'RuntimeError: maximum recursion depth exceeded' },
  { name: 'recursion is catchable as RuntimeError', code: 'def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError, e:\n    print "caught:", e', exitCode: 0, lastStderrLine: '', stdout: 'caught: maximum recursion depth exceeded\n' },
  { name: "'a' * 10**10", code: "x = 'a' * 10**10", exitCode: 4, lastStderrLine: MEMORY },
  { name: '[0] * 10**9', code: '[0] * 10**9', exitCode: 4, lastStderrLine: MEMORY },
  { name: 'output flood', code: 'print "first"\nwhile True: print "flood " * 10', exitCode: 5, lastStderrLine: 'perspective-sandbox: stopped: output limit of 10000 bytes exceeded; the output above is cut there (--output-limit)' },
  { name: 'output flood on stderr', code: 'import sys\nwhile True: sys.stderr.write("flood " * 10)', exitCode: 5, lastStderrLine: 'perspective-sandbox: stopped: output limit of 10000 bytes exceeded; the output above is cut there (--output-limit)', stdout: '' },
  // Hostile objects handed to the host for printing.
  { name: 'malicious __repr__ that loops', code: 'class X(object):\n    def __repr__(self):\n        while True: pass\nprint [X()]', exitCode: 3, lastStderrLine: TIME },
  { name: '__repr__ returning a non-string', code: 'class X(object):\n    def __repr__(self):\n        return 42\nprint [X()]', exitCode: 1, lastStderrLine: 'TypeError: __repr__ returned non-string (type int)' },
  { name: 'exception whose __str__ raises', code: 'class E(Exception):\n    def __str__(self):\n        raise ValueError("no")\nraise E("x")', exitCode: 1, lastStderrLine: '__main__.E: <exception str() failed>' },
];
