#!/usr/bin/env bash
# Set up Target Practice on Debian/Ubuntu: system packages, a virtualenv in .venv, pinned Python packages.
#   ./setup.sh          what the app needs (WeasyPrint's pango; libharfbuzz-subset0 makes PDFs 3-8x faster)
#   ./setup.sh --test   also what the tests need (Chromium for browser tests, poppler-utils)
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"

apt_packages=(python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
pip_file=requirements.txt
if [[ "${1:-}" == "--test" ]]; then
  apt_packages+=(chromium poppler-utils)
  pip_file=requirements-dev.txt
fi

missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Target Practice needs Python 3.11 or newer; set PYTHON=/path/to/python3.11 and run again." >&2
  exit 1
fi
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -r "$pip_file"
echo "Ready: .venv holds the pinned packages from $pip_file."
