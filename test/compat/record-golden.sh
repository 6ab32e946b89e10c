#!/usr/bin/env bash
# Record (or check) the Jython golden outputs of the differential-test corpus.
#
#   test/compat/record-golden.sh                  run every corpus script under Jython, rewrite golden/
#   test/compat/record-golden.sh --check          re-run and compare with golden/; exit 1 listing stale files
#   test/compat/record-golden.sh --verify-single [SCRIPT...]
#                                                 run scripts one per Jython process (run_script.py) and
#                                                 compare with golden/ (default: every 10th script)
#
# Fixture: test/compat/sessions.json, Ignition 8.0 key set. Needs `jython` (Jython 2.7) on PATH or $JYTHON.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JYTHON="${JYTHON:-jython}"
export PS_SESSIONS="$HERE/sessions.json"
export PS_IGNITION_VERSION=8.0
export LC_ALL=C.UTF-8 LANG=C.UTF-8 PYTHONIOENCODING=utf-8 TZ=UTC

command -v "$JYTHON" >/dev/null || { echo "record-golden: jython not found (set \$JYTHON)" >&2; exit 2; }

mode="${1:-record}"
cd "$HERE"
scripts=(corpus/[0-9][0-9][0-9]_*.py)

run_corpus() { # $1 = output dir
  "$JYTHON" jython/run_corpus.py "$1" "${scripts[@]}" >/dev/null
}

case "$mode" in
  record)
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    run_corpus "$tmp"
    rm -f golden/*.out golden/*.meta.json golden/*.effects.jsonl
    mkdir -p golden
    cp "$tmp"/* golden/
    echo "record-golden: wrote $(ls golden/*.out | wc -l) goldens to test/compat/golden/"
    ;;
  --check)
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    run_corpus "$tmp"
    stale=()
    for f in "$tmp"/* golden/*; do
      b="$(basename "$f")"
      if ! cmp -s "$tmp/$b" "golden/$b"; then stale+=("$b"); fi
    done
    if ((${#stale[@]})); then
      printf '%s\n' "${stale[@]}" | sort -u | sed 's/^/stale: golden\//' >&2
      echo "record-golden: goldens are not current; run test/compat/record-golden.sh" >&2
      exit 1
    fi
    echo "record-golden: all $(ls golden/*.out | wc -l) goldens are current"
    ;;
  --verify-single)
    shift
    if (($#)); then sample=("$@"); else
      sample=(); i=0
      for s in "${scripts[@]}"; do ((i++ % 10 == 0)) && sample+=("$s"); done
    fi
    fail=0
    for s in "${sample[@]}"; do
      b="$(basename "$s" .py)"
      set +e
      "$JYTHON" jython/run_script.py "$s" >"/tmp/compat-single.$$.out" 2>"/tmp/compat-single.$$.err"
      rc=$?
      set -e
      want_rc="$(sed -n 's/.*"exitCode": \([0-9]*\).*/\1/p' "golden/$b.meta.json")"
      if ! cmp -s "/tmp/compat-single.$$.out" "golden/$b.out" || [[ "$rc" != "$want_rc" ]]; then
        echo "MISMATCH $b (exit $rc, golden $want_rc)"; fail=1
      elif [[ "$rc" != 0 ]] && grep -q '"exception": "' "golden/$b.meta.json"; then
        got="$(grep -v '^[[:space:]]*$' "/tmp/compat-single.$$.err" | tail -n 1)"
        want="$("$JYTHON" -c 'import json,sys; print json.load(open(sys.argv[1]))["exception"].encode("utf-8")' "golden/$b.meta.json")"
        if [[ "$got" != "$want" ]]; then echo "MISMATCH $b exception: '$got' vs golden '$want'"; fail=1; else echo "ok $b"; fi
      else
        echo "ok $b"
      fi
    done
    rm -f "/tmp/compat-single.$$.out" "/tmp/compat-single.$$.err"
    exit $fail
    ;;
  *) echo "usage: $0 [--check | --verify-single [SCRIPT...]]" >&2; exit 2 ;;
esac
