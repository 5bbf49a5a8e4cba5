#!/usr/bin/env bash
# Install what the loopback test IdP needs, from Debian's packages: simplesamlphp, php-cli (+ php-xml,
# php-mbstring), openssl, curl. Installs nothing that is already there; safe to run repeatedly (CI, start-idp.sh).
# simplesamlphp depends on "apache2 | httpd": a temporary policy-rc.d keeps apt from starting apache2 on port 80
# (apache is never used; the IdP runs on PHP's built-in server).
set -euo pipefail
SSP=/usr/share/simplesamlphp
log() { echo "[install-idp] $*" >&2; }

need_pkgs=()
[ -f "$SSP/www/_include.php" ] || need_pkgs+=(simplesamlphp)
command -v php >/dev/null 2>&1 || need_pkgs+=(php-cli)
if command -v php >/dev/null 2>&1; then
  php_mods="$(php -m 2>/dev/null || true)"
  grep -qx dom <<<"$php_mods" || need_pkgs+=(php-xml)
  grep -qx mbstring <<<"$php_mods" || need_pkgs+=(php-mbstring)
else
  need_pkgs+=(php-xml php-mbstring)
fi
command -v openssl >/dev/null 2>&1 || need_pkgs+=(openssl)
command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "installing: ${need_pkgs[*]} (apt-get, --no-install-recommends)"
  # simplesamlphp depends on 'apache2 | httpd': keep apt from starting apache2 on port 80.
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d; made_policy=1
  fi
  apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"; }
  if ! apt_install "${need_pkgs[@]}"; then
    $SUDO apt-get update -q
    apt_install "${need_pkgs[@]}"
  fi
  [ -z "$made_policy" ] || $SUDO rm -f /usr/sbin/policy-rc.d
fi
log "ready: $(php -r 'echo PHP_VERSION;') with simplesamlphp in $SSP"
