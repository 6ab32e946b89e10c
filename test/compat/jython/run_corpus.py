# -*- coding: utf-8 -*-
"""Run many corpus scripts in ONE Jython process and write their golden files.

    PS_SESSIONS=test/compat/sessions.json jython test/compat/jython/run_corpus.py OUTDIR SCRIPT.py...

For each SCRIPT (NNN_name.py) writes OUTDIR/NNN_name.out (exact stdout bytes),
OUTDIR/NNN_name.meta.json ({"exitCode": n, "exception": "Type: message" | null}) and, when the script acted on
sessions (system.perspective.sendMessage, navigate...), OUTDIR/NNN_name.effects.jsonl: one JSON object per effect
({"function", "args", "targets"}, see system_model.py).
Each script gets a fresh namespace, a fresh `system` model (fresh fixture copy) and fresh
captured sys.stdout/sys.stderr; uncaught exceptions and sys.exit are handled as Jython's
launcher would (see harness.py). `exception` is the last line of what Jython prints to
stderr for an uncaught exception; null otherwise (also for sys.exit(...): Jython prints a
non-integer exit value to stdout, not stderr).
"""
import os
import sys
import json

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import system_model
import harness


def run_one(path, records):
    out = harness.Capture('<stdout>')
    err = harness.Capture('<stderr>')
    real_stdout, real_stderr, real_argv = sys.stdout, sys.stderr, sys.argv
    system = system_model.make_system(records=records)
    system_model.install(system)
    sys.stdout, sys.stderr, sys.argv = out, err, [path]
    exit_code, exception = 0, None
    try:
        try:
            execfile(path, harness.fresh_namespace(path))
        except SystemExit, e:
            exit_code = harness.exit_code_of(e, out)
        except:  # bare: Java exceptions are not BaseExceptions in Jython
            exit_code = 1
            harness.display_exception(sys.exc_info(), err)
            exception = harness.last_line(err.getvalue())
        if getattr(out, 'softspace', 0):
            out.write('\n')
    finally:
        sys.stdout, sys.stderr, sys.argv = real_stdout, real_stderr, real_argv
    return out.getvalue(), exit_code, exception, system._effects


def meta_json(exit_code, exception):
    if exception is None:
        exc = 'null'
    else:
        exc = json.dumps(exception.decode('utf-8'), ensure_ascii=False).encode('utf-8')
    return '{ "exitCode": %d, "exception": %s }\n' % (exit_code, exc)


def main():
    outdir, scripts = sys.argv[1], sys.argv[2:]
    records = system_model.load_records()
    for path in scripts:
        base = os.path.splitext(os.path.basename(path))[0]
        stdout, exit_code, exception, effects = run_one(path, records)
        f = open(os.path.join(outdir, base + '.out'), 'wb')
        f.write(stdout)
        f.close()
        f = open(os.path.join(outdir, base + '.meta.json'), 'wb')
        f.write(meta_json(exit_code, exception))
        f.close()
        if effects:
            f = open(os.path.join(outdir, base + '.effects.jsonl'), 'wb')
            for effect in effects:
                f.write(json.dumps(effect, sort_keys=True) + '\n')
            f.close()
        sys.stdout.write('%s exit=%d\n' % (base, exit_code))


main()
