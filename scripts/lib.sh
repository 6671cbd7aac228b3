# Shared by the scripts: paths and tool lookup. Sourced, not run.
DESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DESK_ROOT

desk_qt_bin() {
    local bins
    bins=$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
    echo "$bins/$1"
}

# A compiler cache when there is one (scripts/setup-deps installs it) and the caller chose
# no launcher: a clean clone built again on the same machine (CI) reuses the objects.
# Paths are hashed relative to the tree, so another clone's objects match. Read by CMake
# when a build folder is first configured.
if [ -z "${CMAKE_CXX_COMPILER_LAUNCHER:-}" ] && command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR="$DESK_ROOT" CCACHE_NOHASHDIR=1
fi

# The folders whose strings the catalogues hold.
DESK_TR_DIRS=(app ui cli)
