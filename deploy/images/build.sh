#!/usr/bin/env bash
# Builds the four images as tar files in deploy/target/images, on a machine that reaches no container registry: the
# Debian base image first (debian-base.sh, once), then each app with Jib through ./mvnw -Pimages. Needs root for the
# base image. With a registry at hand, ./mvnw -Pimages package -Dimage.push=true -Dimage.registry=… is all it takes.
set -euo pipefail
cd "$(dirname "$0")/../.."
base="deploy/target/images/debian-openjdk-17.tar"
[ -f "$base" ] || bash deploy/images/debian-base.sh "$base"
./mvnw -q -Pimages -DskipTests package -pl indicators-service,workstreams-service,evaluation-service,gateway -am \
  -Dimage.base="tar://$PWD/$base"
ls -l deploy/target/images
