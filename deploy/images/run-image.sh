#!/usr/bin/env bash
# Runs an image tar file without a container runtime, to check that it starts: unpacks its layers into a folder and
# runs its entrypoint there with chroot, as the image's user, with the image's environment and working directory,
# plus the VAR=value pairs given. Needs root. The host's network is the container's.
#   deploy/images/run-image.sh deploy/target/images/gateway.tar QUARKUS_HTTP_PORT=18090 HES_OIDC_URL=...
set -euo pipefail
image="$(realpath "$1")"
shift
root="$(mktemp -d)"
trap 'umount "$root/fs/proc" 2> /dev/null || true; rm -rf "$root"' EXIT
mkdir "$root/image" "$root/fs"
tar -C "$root/image" -xf "$image"
describe() {
  python3 - "$root/image" "$1" <<'PY'
import json, shlex, sys
folder, what = sys.argv[1], sys.argv[2]
manifest = json.load(open(folder + "/manifest.json"))[0]
config = json.load(open(folder + "/" + manifest["Config"]))["config"]
print({"layers": "\n".join(manifest["Layers"]),
       "user": config.get("User", "0"),
       "workdir": config.get("WorkingDir", "/"),
       "env": "\n".join(config.get("Env", [])),
       "command": shlex.join(config.get("Entrypoint", []) + (config.get("Cmd") or []))}[what])
PY
}
while read -r layer; do
  tar -C "$root/fs" -xf "$root/image/$layer" 2> /dev/null
done < <(describe layers)
cp /etc/resolv.conf "$root/fs/etc/resolv.conf"
# The JVM finds its own libraries through /proc/self/exe.
mkdir -p "$root/fs/proc"
mount -t proc proc "$root/fs/proc"
mapfile -t environment < <(describe env)
chroot --userspec="$(describe user):0" "$root/fs" /usr/bin/env -i "${environment[@]}" "$@" \
  sh -c "cd $(describe workdir) && exec $(describe command)"
