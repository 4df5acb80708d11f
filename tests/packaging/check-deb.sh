#!/usr/bin/env bash
# Builds the Debian package with CPack (into a temporary folder), checks that it holds the
# binary, icons, desktop entry, metainfo and translations, that both files validate, and that the
# packaged binary starts from the unpacked tree.
set -euo pipefail
build_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb="$(find "$work/out" -maxdepth 1 -name 'channeldesk_*.deb' | head -n 1)"
[[ -n "$deb" ]] || { echo "no .deb written"; cat "$work/cpack.log"; exit 1; }
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

dpkg-deb --field "$deb" Package Depends
contents="$(dpkg-deb --contents "$deb" | awk '{print $6}')"
expected=(
    ./usr/bin/channeldesk
    ./usr/share/applications/org.channeldesk.ChannelDesk.desktop
    ./usr/share/metainfo/org.channeldesk.ChannelDesk.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/org.channeldesk.ChannelDesk.svg
    ./usr/share/icons/hicolor/48x48/apps/org.channeldesk.ChannelDesk.png
    ./usr/share/icons/hicolor/256x256/apps/org.channeldesk.ChannelDesk.png
    ./usr/share/channeldesk/translations/channeldesk_de.qm
    ./usr/share/channeldesk/translations/channeldesk_en.qm
    ./usr/share/channeldesk/translations/channeldesk_es.qm
    ./usr/share/channeldesk/translations/channeldesk_ru.qm
)
for path in "${expected[@]}" ${CHANNELDESK_EXPECT_IN_DEB:-}; do
    grep -qx "$path" <<<"$contents" || { echo "missing from the package: $path"; exit 1; }
done
if ! grep -q '^Depends:.*libqt6sql6-sqlite' <(dpkg-deb --field "$deb"); then
    echo "the package does not depend on Qt's SQLite driver"
    exit 1
fi

dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.channeldesk.ChannelDesk.desktop"
appstreamcli validate --no-net \
    "$work/root/usr/share/metainfo/org.channeldesk.ChannelDesk.metainfo.xml"
grep -qx 'Exec=channeldesk' "$work/root/usr/share/applications/org.channeldesk.ChannelDesk.desktop"
version="$("$work/root/usr/bin/channeldesk" --version)"
echo "packaged binary: $version"
[[ "$version" == "channeldesk "* ]] || { echo "unexpected --version output"; exit 1; }
echo "package OK"
