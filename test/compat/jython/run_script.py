# -*- coding: utf-8 -*-
"""Run ONE corpus script under Jython with `system` pre-bound, as a gateway would.

    PS_SESSIONS=test/compat/sessions.json jython test/compat/jython/run_script.py SCRIPT.py

The script runs with its real filename (tracebacks name it); sys.exit(n) propagates.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import system_model
import harness  # noqa: F401 (sets up Jython's xml parsers)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write('usage: jython run_script.py SCRIPT.py\n')
        sys.exit(2)
    path = sys.argv[1]
    system_model.install(system_model.make_system())
    sys.argv = [path]
    import __builtin__
    namespace = {'__name__': '__main__', '__file__': path, '__doc__': None, '__builtins__': __builtin__}
    execfile(path, namespace)


main()
