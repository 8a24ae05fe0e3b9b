# Sourced by run and test: creates the adapter's virtual environment (.venv beside this file) on first
# use and keeps it in step with the pinned requirement files. pip is quiet; when an install fails its
# log is printed and the caller gets a non-zero status with a message saying what to check.

# shellcheck source=interpreter.sh
source "$(dirname "${BASH_SOURCE[0]}")/interpreter.sh"

# ensure_venv DIR REQUIREMENTS...: makes DIR/.venv hold exactly the given hashed requirement files.
# The first file is the base: when it changes the environment is rebuilt from scratch; later files are
# installed on top. A stamp per file records the SHA-256 it was installed from. A lock serialises
# concurrent first runs (the runner may start several adapter processes at once). Returns 4 when no
# suitable interpreter is found (interpreter.sh says why on stderr), 1 when an install fails.
ensure_venv() {
  local dir="$1"; shift
  local venv="$dir/.venv" base="$1" lock log python
  lock="${TMPDIR:-/tmp}/suitcase-python-venv-$(printf '%s' "$venv" | sha256sum | cut -c1-16).lock"
  exec 9>"$lock"
  flock 9
  if ! _stamp_matches "$venv" "$base" || [ ! -x "$venv/bin/python" ]; then
    python="$(adapter_python)" || { exec 9>&-; return 4; }
    rm -rf "$venv"
    _install "$venv" "creating it with $python" "$python" -m venv "$venv" || { exec 9>&-; return 1; }
  fi
  local requirements
  for requirements in "$@"; do
    if ! _stamp_matches "$venv" "$requirements"; then
      _install "$venv" "installing $(basename "$requirements")" \
        "$venv/bin/pip" install --disable-pip-version-check --no-input --require-hashes -r "$requirements" \
        || { exec 9>&-; return 1; }
      sha256sum <"$requirements" | cut -d' ' -f1 >"$venv/.installed-$(basename "$requirements").sha256"
    fi
  done
  exec 9>&-
}

_stamp_matches() {
  local stamp="$1/.installed-$(basename "$2").sha256"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(sha256sum <"$2" | cut -d' ' -f1)" ]
}

# _install VENV WHAT COMMAND...: runs COMMAND with its output in a log; on failure prints the log,
# removes the half-built environment and says what went wrong.
_install() {
  local venv="$1" what="$2"; shift 2
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/suitcase-python-venv.XXXXXX")"
  if "$@" >"$log" 2>&1; then
    rm -f "$log"
    return 0
  fi
  cat "$log" >&2
  rm -f "$log"
  rm -rf "$venv"
  echo "python adapter: setting up its virtual environment $venv failed while $what (output above)." >&2
  echo "python adapter: it needs CPython 3.11 with the venv module and access to PyPI for the pinned wheels." >&2
  return 1
}
