#!/usr/bin/env bash
# Start a loopback SAML 2.0 test IdP (Debian's simplesamlphp 1.19 on php's built-in web server).
# Two personalities, each its own php process, key pair, entity ID and port:
#   entree     (Entree Federatie double)  on 127.0.0.1:${IDP_PORT:-8089}        (IDP_PORT=0 disables it)
#   basispoort (Basispoort double)        on 127.0.0.1:${BASISPOORT_PORT:-8090}  (BASISPOORT_PORT=0 disables it)
# Usage: start-idp.sh [STATE_DIR]   (default: $IDP_STATE_DIR or /tmp/saml-test-idp)
# Idempotent: a personality that already runs (PID file + metadata answers) is left running;
# its config is rewritten anyway, and php reads config on every request (opcache is off for the IdP), so SP
# changes apply at once.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE_DIR="${1:-${IDP_STATE_DIR:-/tmp/saml-test-idp}}"
IDP_PORT="${IDP_PORT:-8089}"
BASISPOORT_PORT="${BASISPOORT_PORT:-8090}"
SP_ENTITY_ID="${SP_ENTITY_ID:-http://127.0.0.1:8080/saml/entree}"
SP_ACS_URL="${SP_ACS_URL:-http://127.0.0.1:8080/saml/entree/acs}"
BASISPOORT_SP_ENTITY_ID="${BASISPOORT_SP_ENTITY_ID:-http://127.0.0.1:8080/saml/basispoort}"
BASISPOORT_SP_ACS_URL="${BASISPOORT_SP_ACS_URL:-http://127.0.0.1:8080/saml/basispoort/acs}"
USERS_FILE="${USERS_FILE:-$HERE/users.php}"                                  # entree's users
BASISPOORT_USERS_FILE="${BASISPOORT_USERS_FILE:-$HERE/users-basispoort.php}"  # basispoort's users
SP_TEMPLATE="${SP_TEMPLATE:-$HERE/sp-remote.php.tmpl}"
SP_METADATA_XML="${SP_METADATA_XML:-}"      # optional: space-separated SAML metadata XML files of more SPs
IDP_WORKERS="${IDP_WORKERS:-4}"             # PHP_CLI_SERVER_WORKERS
START_TIMEOUT="${START_TIMEOUT:-30}"
SSP=/usr/share/simplesamlphp

log() { echo "[start-idp] $*" >&2; }

# ---------- 1. install what is missing (Debian packages; see install-idp.sh) ----------
"$HERE/install-idp.sh"

mkdir -p "$STATE_DIR"
STATE_DIR="$(cd "$STATE_DIR" && pwd)"

# ---------- 2. write config for one personality ----------
# write_config NAME PORT DISPLAYNAME ENTITY_ID SP_ENTITY SP_ACS USERS_FILE
write_config() {
  local name="$1" port="$2" display="$3" entity="$4" sp_entity="$5" sp_acs="$6" users="$7"
  local d="$STATE_DIR/$name"
  mkdir -p "$d/config/metadata/sp.d" "$d/cert" "$d/log" "$d/tmp" "$d/data" "$d/sessions" "$d/docroot"
  ln -sfn "$SSP/www" "$d/docroot/simplesaml"
  if [ ! -s "$d/cert/idp.key" ] || [ ! -s "$d/cert/idp.crt" ] || [ -n "${FRESH_KEYS:-}" ]; then
    log "$name: generating fresh RSA-2048 key + self-signed certificate"
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
      -subj "/C=NL/O=Test IdP/CN=$display test IdP" \
      -keyout "$d/cert/idp.key" -out "$d/cert/idp.crt" >/dev/null 2>&1
    chmod 600 "$d/cert/idp.key"
  fi
  [ -s "$d/secret" ] || openssl rand -hex 24 > "$d/secret"
  cp "$users" "$d/config/users.php"

  # All values are passed to php through the environment and written with var_export,
  # so quotes in URLs or names cannot break the generated PHP.
  D="$d" PORT="$port" DISPLAY_NAME="$display" ENTITY_ID="$entity" \
  SPE="$sp_entity" SPA="$sp_acs" TMPL="$SP_TEMPLATE" XMLS="$SP_METADATA_XML" php -d display_errors=stderr -r '
    $d = getenv("D"); $port = getenv("PORT"); $e = fn($v) => var_export($v, true);
    $secret = trim(file_get_contents("$d/secret"));
    $sources = [["type" => "flatfile", "directory" => "$d/config/metadata/"]];
    foreach (preg_split("/\s+/", trim(getenv("XMLS"))) as $x) {
        if ($x === "") continue;
        if (!is_readable($x)) { fwrite(STDERR, "SP metadata XML not readable: $x\n"); exit(1); }
        $sources[] = ["type" => "xml", "file" => realpath($x)];
    }
    $config = [
        "baseurlpath" => "http://127.0.0.1:$port/simplesaml/",
        "certdir" => "$d/cert/", "loggingdir" => "$d/log/", "datadir" => "$d/data/",
        "tempdir" => "$d/tmp", "metadatadir" => "$d/config/metadata/",
        "attributenamemapdir" => "/etc/simplesamlphp/attributemap/",
        "secretsalt" => $secret, "auth.adminpassword" => $secret,
        "technicalcontact_name" => "Test IdP", "technicalcontact_email" => "na@example.org",
        "timezone" => "Europe/Amsterdam",
        "admin.protectindexpage" => false, "admin.protectmetadata" => false, "admin.checkforupdates" => false,
        "trusted.url.regex" => true,
        "trusted.url.domains" => ["@^https?://(127\\.0\\.0\\.1|localhost)(:[0-9]+)?(/|$)@"],
        "showerrors" => true, "errorreporting" => false, "production" => false,
        "logging.level" => 7, "logging.handler" => "file", "logging.logfile" => "simplesamlphp.log",
        "logging.processname" => getenv("DISPLAY_NAME"),
        "statistics.out" => [],
        "enable.saml20-idp" => true, "enable.shib13-idp" => false, "enable.adfs-idp" => false,
        "module.enable" => ["exampleauth" => true, "core" => true, "saml" => true, "admin" => true],
        "store.type" => "phpsession",
        "session.cookie.name" => "SimpleSAMLSessionID_$port",
        "session.phpsession.cookiename" => "SimpleSAML_$port",
        "session.authtoken.cookiename" => "SimpleSAMLAuthToken_$port",
        "session.cookie.secure" => false, "session.cookie.samesite" => null,
        "session.phpsession.savepath" => "$d/sessions", "session.phpsession.httponly" => true,
        "language.cookie.secure" => false, "language.cookie.samesite" => null,
        "language.available" => ["en", "nl"], "language.default" => "en",
        "metadata.sources" => $sources, "metadata.sign.enable" => false,
        "authproc.idp" => [], "authproc.sp" => [],
    ];
    file_put_contents("$d/config/config.php", "<?php\n// generated by start-idp.sh\n\$config = " . $e($config) . ";\n");
    file_put_contents("$d/config/authsources.php", "<?php\n// generated by start-idp.sh\n\$config = [\n"
        . "    \"admin\" => [\"core:AdminPassword\"],\n"
        . "    \"users\" => array_merge([\"exampleauth:UserPass\"], require __DIR__ . \"/users.php\"),\n];\n");
    $idp = [
        "host" => "__DEFAULT__",
        "privatekey" => "idp.key", "certificate" => "idp.crt",
        "auth" => "users",
        "signature.algorithm" => "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
        "saml20.sign.response" => true, "saml20.sign.assertion" => true,
        "attributes.NameFormat" => "urn:oasis:names:tc:SAML:2.0:attrname-format:basic",
        "NameIDFormat" => "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
        "simplesaml.nameidattribute" => "uid",
        "OrganizationName" => ["en" => getenv("DISPLAY_NAME") . " (test double)", "nl" => getenv("DISPLAY_NAME") . " (testdubbel)"],
        "OrganizationURL" => ["en" => "http://127.0.0.1:$port/"],
    ];
    file_put_contents("$d/config/metadata/saml20-idp-hosted.php", "<?php\n// generated by start-idp.sh\n\$metadata["
        . $e(getenv("ENTITY_ID")) . "] = " . $e($idp) . ";\n");
    file_put_contents("$d/config/metadata/saml20-sp-remote.php", "<?php\n// generated by start-idp.sh: loads every SP file in sp.d/\n"
        . "foreach (glob(__DIR__ . \"/sp.d/*.php\") as \$f) { require \$f; }\n");
    $t = file_get_contents(getenv("TMPL"));
    file_put_contents("$d/config/metadata/sp.d/00-default-sp.php",
        strtr($t, ["\x27@SP_ENTITY_ID@\x27" => $e(getenv("SPE")), "\x27@SP_ACS_URL@\x27" => $e(getenv("SPA"))]));
  '
  # syntax-check what we generated
  local f; for f in "$d"/config/*.php "$d"/config/metadata/*.php "$d"/config/metadata/sp.d/*.php; do
    php -l "$f" >/dev/null || { log "generated file has a PHP syntax error: $f"; exit 1; }
  done
}

# ---------- 3. start one personality ----------
# (no "curl | grep -q": with pipefail, grep's early exit makes curl fail with SIGPIPE)
metadata_ok() {
  local out; out="$(curl -fsS --max-time 5 "http://127.0.0.1:$1/simplesaml/saml2/idp/metadata.php" 2>/dev/null)" || return 1
  [[ "$out" == *EntityDescriptor* ]]
}

start_one() {
  local name="$1" port="$2"
  local d="$STATE_DIR/$name" pidf="$STATE_DIR/$name.pid"
  if [ -s "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null && metadata_ok "$port"; then
    log "$name: already running (pid $(cat "$pidf")) on 127.0.0.1:$port; config refreshed"
    return 0
  fi
  if [ -s "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
    log "$name: pid $(cat "$pidf") alive but metadata not answering; stopping it"
    kill -TERM -- "-$(cat "$pidf")" 2>/dev/null || kill -TERM "$(cat "$pidf")" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$pidf"
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "$name: port 127.0.0.1:$port is already taken by a process this script did not start"; exit 1
  fi
  local t0; t0=$(date +%s.%N)
  # setsid: own process group (php forks IDP_WORKERS workers); stop-idp.sh kills that group by its PID.
  ( cd "$d/docroot" && exec env SIMPLESAMLPHP_CONFIG_DIR="$d/config" PHP_CLI_SERVER_WORKERS="$IDP_WORKERS" \
      setsid php -d session.save_path="$d/sessions" -d display_errors=stderr -d log_errors=on \
      -d memory_limit=256M -d opcache.enable=0 -S "127.0.0.1:$port" -t "$d/docroot" \
      </dev/null >>"$d/log/php-server.log" 2>&1 ) &
  echo $! > "$pidf"
  local i=0 max=$(( START_TIMEOUT * 10 ))
  until metadata_ok "$port"; do
    if ! kill -0 "$(cat "$pidf")" 2>/dev/null; then
      log "$name: php server died; last log lines:"; tail -20 "$d/log/php-server.log" >&2; exit 1
    fi
    i=$((i+1)); [ "$i" -lt "$max" ] || { log "$name: metadata did not answer within ${START_TIMEOUT}s"; exit 1; }
    sleep 0.1
  done
  log "$name: started pid $(cat "$pidf") in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}')s"
}

print_info() {
  local name="$1" port="$2" entity="$3"
  echo "$name.metadata_url=http://127.0.0.1:$port/simplesaml/saml2/idp/metadata.php"
  echo "$name.entity_id=$entity"
  echo "$name.sso_url=http://127.0.0.1:$port/simplesaml/saml2/idp/SSOService.php"
  echo "$name.cert=$STATE_DIR/$name/cert/idp.crt"
  echo "$name.pid_file=$STATE_DIR/$name.pid"
}

ENTREE_ENTITY_ID="${ENTREE_ENTITY_ID:-http://127.0.0.1:$IDP_PORT/simplesaml/saml2/idp/metadata.php}"
BASISPOORT_ENTITY_ID="${BASISPOORT_ENTITY_ID:-http://127.0.0.1:$BASISPOORT_PORT/simplesaml/saml2/idp/metadata.php}"

if [ "$IDP_PORT" != "0" ] && [ -n "$IDP_PORT" ]; then
  write_config entree "$IDP_PORT" "Entree Federatie" "$ENTREE_ENTITY_ID" "$SP_ENTITY_ID" "$SP_ACS_URL" "$USERS_FILE"
  start_one entree "$IDP_PORT"
fi
if [ "$BASISPOORT_PORT" != "0" ] && [ -n "$BASISPOORT_PORT" ]; then
  write_config basispoort "$BASISPOORT_PORT" "Basispoort" "$BASISPOORT_ENTITY_ID" "$BASISPOORT_SP_ENTITY_ID" "$BASISPOORT_SP_ACS_URL" \
    "$BASISPOORT_USERS_FILE"
  start_one basispoort "$BASISPOORT_PORT"
fi

echo "state_dir=$STATE_DIR"
if [ "$IDP_PORT" != "0" ] && [ -n "$IDP_PORT" ]; then
  print_info entree "$IDP_PORT" "$ENTREE_ENTITY_ID"
fi
if [ "$BASISPOORT_PORT" != "0" ] && [ -n "$BASISPOORT_PORT" ]; then
  print_info basispoort "$BASISPOORT_PORT" "$BASISPOORT_ENTITY_ID"
fi
