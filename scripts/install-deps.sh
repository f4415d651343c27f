#!/usr/bin/env bash
# Installs the Debian 12 packages concord builds and tests with, or, when not
# run as root, prints the exact apt-get line and stops.
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libicu-dev libpugixml-dev libxml2-dev libspdlog-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libopencc-dev edict libcmark-gfm-dev libcmark-gfm-extensions-dev libzip-dev
  libcli11-dev libtomlplusplus-dev nlohmann-json3-dev
  python3 python3-jsonschema
)
if [[ "${1:-}" == "--fuzz" ]]; then
  packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

line="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "concord needs these Debian packages; run as root:" >&2
  echo "  apt-get update && $line" >&2
  exit 1
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$line
