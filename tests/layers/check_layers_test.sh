#!/usr/bin/env bash
# scripts/check-layers on small trees made here (a clean one, a cycle between folders, a
# longer cycle, app/ including ui/, ui/ including cli/) and on the real tree.
# Usage: check_layers_test.sh SOURCE_DIR
set -uo pipefail
src=${1:?source dir}
check="$src/scripts/check-layers"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# expect NAME STATUS PATTERN: runs the script on $work/NAME, wants STATUS and PATTERN in
# its output.
expect() {
    local name=$1 want=$2 pattern=$3 out status
    out=$("$check" "$work/$name" 2>&1)
    status=$?
    if [ "$status" -ne "$want" ]; then
        fail "$name: exit $status, expected $want: $out"
    elif ! grep -qF -- "$pattern" <<<"$out"; then
        fail "$name: no '$pattern' in: $out"
    else
        echo "PASS: $name: $pattern"
    fi
}

# tree NAME FILE=LINE...: a tree with an app/ include root as the CMakeLists set it, and
# each FILE holding LINE (an #include, or nothing).
tree() {
    local root="$work/$1"; shift
    mkdir -p "$root/app"
    printf '%s\n' 'add_library(dataarts_core STATIC)' \
        'target_include_directories(dataarts_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})' \
        >"$root/app/CMakeLists.txt"
    local spec file
    for spec in "$@"; do
        file=${spec%%=*}
        mkdir -p "$(dirname "$root/$file")"
        printf '#pragma once\n%s\n' "${spec#*=}" >"$root/$file"
    done
}

tree clean 'app/a/A.h=#include "b/B.h"' 'app/b/B.h=' 'app/b/B.cpp=#include "B.h"' \
    'ui/W.h=#include "a/A.h"' 'sandbox/s/S.h=#include "b/B.h"' 'tests/t/T.cpp=#include "W.h"'
expect clean 0 "check-layers: OK"

tree two 'app/a/A.h=#include "b/B.h"' 'app/b/B.h=#include "a/A.h"'
expect two 1 "cycle app/a -> app/b -> app/a"
expect two 1 'app/b/B.h: "a/A.h"'

tree three 'app/a/A.h=#include "b/B.h"' 'app/b/B.h=' 'app/b/B.cpp=#include "c/C.h"' \
    'app/c/C.h=#include "../a/A.h"'
expect three 1 "cycle app/a -> app/b -> app/c -> app/a"

tree app_ui 'app/a/A.h=#include "../../ui/W.h"' 'ui/W.h='
expect app_ui 1 "app/ must not include ui/"

tree ui_cli 'ui/W.h=#include "../cli/C.h"' 'cli/C.h='
expect ui_cli 1 "ui/ must not include cli/"

expect_real() {
    local out
    out=$("$check" "$src" 2>&1) || fail "the source tree: $out"
    echo "PASS: the source tree ($out)"
}
expect_real

[ "$failures" -eq 0 ]
