# Shared by the scripts: paths and tool lookup. Sourced, not run.
DESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DESK_ROOT

desk_qt_bin() {
    local bins
    bins=$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
    echo "$bins/$1"
}

# The folders whose strings the catalogues hold.
DESK_TR_DIRS=(app ui cli)
