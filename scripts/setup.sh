#!/usr/bin/env bash
# Set-up for a fresh Debian/Ubuntu machine with Node 20: the system packages that the real-editor
# tests need (Chromium to drive the VS Code workbench, ripgrep and a C++ toolchain for code-server's
# native modules, Neovim as the second LSP client), then the npm packages from the lockfile.
#   scripts/setup.sh [--no-apt]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium ripgrep neovim build-essential python3 pkg-config libkrb5-dev)
if [[ "${1:-}" != "--no-apt" ]] && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
npm ci --no-audit --no-fund
