#!/bin/sh
# Source-level layering check (complements the build probes): no Widgets below ui/, no channels/
# headers in ui/, no ui/ headers anywhere else. Prints every offending line.
set -eu
root=${1:?usage: check-includes.sh SOURCE_DIR}
status=0
report() {
    echo "layering: $1"
    echo "$2" | sed 's/^/    /'
    status=1
}
hits=$(grep -rnE '#\s*include\s*[<"](QtWidgets/|QWidget|QMainWindow|QApplication|QAbstractItemDelegate|QStyledItemDelegate)' \
    "$root/models" "$root/channels" || true)
[ -z "$hits" ] || report "models/ and channels/ must not use Qt Widgets" "$hits"
hits=$(grep -rnE '#\s*include\s*"(\.\./)*(channels/|common/|meta/|twilio/|whatsapp/|sendgrid/|manychat/|widget/)' "$root/ui" || true)
[ -z "$hits" ] || report "ui/ must not include channels/ headers" "$hits"
hits=$(grep -rnE '#\s*include\s*"(\.\./)*ui/' "$root/models" "$root/channels" "$root/app" || true)
[ -z "$hits" ] || report "only the executable may include ui/ headers" "$hits"
[ $status -eq 0 ] && echo "layering: include rules hold"
exit $status
