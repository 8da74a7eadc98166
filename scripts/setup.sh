#!/usr/bin/env bash
# Install what the project needs into a virtual environment in the checkout (.venv), never into the system Python
# (Debian/Ubuntu and Homebrew refuse that: PEP 668). `setup.sh` for the dashboard; `setup.sh test` adds the browser
# for the tests. PYTHON=/path/to/python3 chooses the interpreter the environment is made from (default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "error: $*: not installed and there is no apt-get to install it; install it and run this again" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# A usable .venv is kept; a half-made one (python3 -m venv without ensurepip leaves one without pip) is made again
if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  rm -rf .venv
  if ! "$PYTHON" -m venv .venv >/dev/null 2>&1; then
    # Debian and Ubuntu ship venv/ensurepip separately from python3
    rm -rf .venv
    version="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    apt_install python3-venv "python${version}-venv"
    "$PYTHON" -m venv .venv
  fi
fi
PIP=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
"${PIP[@]}" -r requirements.txt
# the project itself, editable: the `timeline` command runs this checkout's code
"${PIP[@]}" --no-deps --no-build-isolation --editable .

# Streamlit asks for an e-mail address the first time it runs in a terminal; answer it once with none
if [ ! -f "$HOME/.streamlit/credentials.toml" ]; then
  mkdir -p "$HOME/.streamlit"
  printf '[general]\nemail = ""\n' > "$HOME/.streamlit/credentials.toml"
fi
if [ "${1:-}" = "test" ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
