#!/usr/bin/env bash
# Builds the base image the service images run on from Debian's packages alone: Debian 12 (minimal) with OpenJDK 17's
# runtime, CA certificates, curl (for container health checks), fontconfig and DejaVu fonts (the charts' text), an
# unprivileged user 185, saved as a
# `docker save` tarball that Jib takes as `tar://` base. For machines that reach Debian's archive but no container
# registry. Needs root (debootstrap).
#   deploy/images/debian-base.sh [OUTPUT.tar]     (default deploy/target/images/debian-openjdk-17.tar)
set -euo pipefail
deploy="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$deploy/target/images/debian-openjdk-17.tar}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v debootstrap > /dev/null || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap > /dev/null; }

rootfs="$work/rootfs"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,curl,fontconfig,fonts-dejavu-core \
  bookworm "$rootfs" "$mirror" \
  > "$work/debootstrap.log" || { cat "$work/debootstrap.log" >&2; exit 1; }
chroot "$rootfs" useradd --uid 185 --gid 0 --home-dir /home/jboss --create-home --shell /usr/sbin/nologin jboss
rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* \
  "$rootfs"/var/log/*

# The `docker save` layout: one layer, its config, and a manifest naming both.
mkdir -p "$work/image"
tar --numeric-owner -C "$rootfs" -cf "$work/layer.tar" .
diff_id="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
mkdir -p "$work/image/$diff_id"
mv "$work/layer.tar" "$work/image/$diff_id/layer.tar"
created="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
   "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64","LANG=C.UTF-8"],"User":"185","WorkingDir":"/home/jboss"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"$created","created_by":"debootstrap bookworm with openjdk-17-jre-headless"}]}
JSON
config_id="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mv "$work/config.json" "$work/image/$config_id.json"
cat > "$work/image/manifest.json" <<JSON
[{"Config":"$config_id.json","RepoTags":["localhost/health-equity/debian-openjdk-17:bookworm"],"Layers":["$diff_id/layer.tar"]}]
JSON
mkdir -p "$(dirname "$output")"
tar -C "$work/image" -cf "$output" manifest.json "$config_id.json" "$diff_id/layer.tar"
echo "Base image: $output ($(du -h "$output" | cut -f1))"
