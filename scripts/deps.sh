#!/bin/sh
# Install what amity needs to build, test and run, on Debian 12 as root.
# Idempotent: installs only what is missing, so `make demo` and `make check`
# can call it every time. Set AMITY_NO_DEPS=1 to skip (e.g. packaging).
set -eu

[ "${AMITY_NO_DEPS:-0}" = 1 ] && exit 0
cd "$(dirname "$0")/.."

DEBS="build-essential cmake pkg-config git ca-certificates
      libsqlite3-dev sqlite3 libmicrohttpd-dev libjansson-dev libsodium-dev libical-dev
      python3-icalendar python3-aiosmtpd iso-codes libcurl4-openssl-dev
      libigraph-dev libcriterion-dev libunistring-dev
      clang libclang-rt-14-dev
      chromium nodejs npm
      python3-networkx"

missing=""
for p in $DEBS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" && continue
    # A newer node from elsewhere counts as installed (it brings npm too).
    case "$p" in nodejs|npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;; esac
    missing="$missing $p"
done

if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "deps: missing Debian packages:$missing (run as root, or install them)" >&2
        exit 1
    fi
    echo "deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# npm packages (pinned in package-lock.json): web vendor files, browser tests.
# The browser comes from Debian; playwright-core never downloads one.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "deps: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
fi
