# Sourced by run, test and pin: chooses the Python interpreter the adapter's pins were made for.
# The hashes in requirements*.txt are those of CPython 3.11 wheels for Linux x86_64, so another
# version would fail at install time with a hash error; this says so up front instead.

# adapter_python: prints the interpreter to use ($PYTHON if set, else python3.11, else python3), or
# explains on stderr and fails when it is not CPython 3.11.
adapter_python() {
  local candidate="${PYTHON:-}"
  if [ -z "$candidate" ]; then
    if command -v python3.11 >/dev/null 2>&1; then candidate=python3.11; else candidate=python3; fi
  fi
  if ! command -v "$candidate" >/dev/null 2>&1; then
    echo "python adapter: no Python interpreter '$candidate' found; install CPython 3.11 or set PYTHON=/path/to/python3.11" >&2
    return 1
  fi
  if ! "$candidate" -c 'import sys, platform; sys.exit(0 if sys.version_info[:2] == (3, 11) and platform.python_implementation() == "CPython" else 1)'; then
    echo "python adapter: '$candidate' is $("$candidate" -c 'import platform; print(platform.python_implementation(), platform.python_version())'); the pinned wheels need CPython 3.11 (set PYTHON=/path/to/python3.11, or re-pin with ./pin)" >&2
    return 1
  fi
  command -v "$candidate"
}
