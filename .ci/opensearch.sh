#!/usr/bin/env bash
# A two-node OpenSearch cluster on 127.0.0.1 with Marsad's analysis plugin, for the cluster tests
# (.ci/run) and for trying the OpenSearch store on a laptop (docs/SCALE.md).
#
#   .ci/opensearch.sh start    download (once), install the plugin, start both nodes, wait for green
#   .ci/opensearch.sh stop     stop both nodes by their pid files
#   .ci/opensearch.sh status   cluster health and nodes
#
# Nodes: marsad-1  http 9200, transport 9300, cluster manager + data
#        marsad-2  http 9201, transport 9301, data only
# marsad-2 holds no vote, so killing it (the failover test) leaves a working cluster (yellow until
# it is back); `start` again restarts a dead node and leaves a running one alone.
#
# Environment: MARSAD_OS_HOME (default /tmp/marsad-opensearch: the server, node data and logs),
# MARSAD_OS_HEAP (default 512m per node), MARSAD_OS_WAIT (seconds to wait for green, default 300).
# The server is OpenSearch's integ-test zip from Maven Central (no bundled JDK, no security plugin),
# at the version pinned in the root pom (<opensearch.version>); it runs on the JDK that
# scripts/find-jdk.sh finds. OpenSearch refuses to run as root: as root the nodes run as the system
# user marsad-os (created when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OS_HOME="${MARSAD_OS_HOME:-/tmp/marsad-opensearch}"
HEAP="${MARSAD_OS_HEAP:-512m}"
WAIT_S="${MARSAD_OS_WAIT:-300}"
VERSION="$(sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
[ -n "$VERSION" ] || { echo "opensearch.sh: no <opensearch.version> in $ROOT/pom.xml" >&2; exit 1; }
SERVER="$OS_HOME/opensearch-$VERSION"
PLUGIN_ZIP="$ROOT/opensearch-plugin/target/marsad-analysis-opensearch.zip"
OS_USER=marsad-os
NODES=(1 2)

say() { echo "opensearch.sh: $*" >&2; }
http_port() { echo $((9199 + $1)); }
transport_port() { echo $((9299 + $1)); }
node_dir() { echo "$OS_HOME/node-$1"; }
# The node's process: from its pid file, else (the JVM writes that file a few seconds after
# `opensearch -d` returns) the OpenSearch JVM started with this node's config dir.
pid_of() {
  local dir pid; dir="$(node_dir "$1")"
  pid="$(cat "$dir/opensearch.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && grep -qa 'org.opensearch.bootstrap.OpenSearch' "/proc/$pid/cmdline" 2>/dev/null; then
    echo "$pid"
  else
    pgrep -f "opensearch\.path\.conf=$dir/config .*org\.opensearch\.bootstrap\.OpenSearch" | head -1 || true
  fi
}
alive() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
as_os_user() { if [ "$(id -u)" = 0 ]; then runuser -u "$OS_USER" -- "$@"; else "$@"; fi; }

find_jdk() {
  # shellcheck source=../scripts/find-jdk.sh
  . "$ROOT/scripts/find-jdk.sh"
  export OPENSEARCH_JAVA_HOME="$JAVA_HOME"
}

fetch_server() {
  [ -x "$SERVER/bin/opensearch" ] && return 0
  mkdir -p "$OS_HOME/dist"
  local zip="$OS_HOME/dist/opensearch-$VERSION.zip"
  if [ ! -s "$zip" ]; then
    say "fetching org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip (about 160 MB) through Maven"
    (cd "$ROOT" && ./mvnw -B -q -ntp -N dependency:copy \
        -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip" \
        -DoutputDirectory="$OS_HOME/dist") >&2 \
      || { say "could not fetch the OpenSearch $VERSION zip from Maven Central"; exit 1; }
  fi
  say "unpacking $zip into $OS_HOME"
  rm -rf "$SERVER.partial" && mkdir -p "$SERVER.partial"
  if command -v unzip >/dev/null; then unzip -q "$zip" -d "$SERVER.partial"
  else (cd "$SERVER.partial" && "$JAVA_HOME/bin/jar" xf "$zip") && chmod +x "$SERVER.partial/opensearch-$VERSION"/bin/*; fi
  mv "$SERVER.partial/opensearch-$VERSION" "$SERVER" && rm -rf "$SERVER.partial"
  [ -d "$SERVER/plugins" ] && [ -z "$(ls "$SERVER/plugins")" ] || say "note: $SERVER/plugins is not empty: $(ls "$SERVER/plugins")"
}

ensure_user() {
  [ "$(id -u)" = 0 ] || return 0
  if ! id "$OS_USER" >/dev/null 2>&1; then
    say "running as root: creating the system user $OS_USER (OpenSearch refuses to run as root)"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$OS_USER"
  fi
}

# A digest of what the plugin zip holds (the files inside its jars), not of the zip's bytes: a
# rebuild of the same sources (./marsad test rebuilds it) must not restart a running cluster.
plugin_digest() {
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && "$JAVA_HOME/bin/jar" xf "$PLUGIN_ZIP" &&
    for jar in *.jar; do mkdir "$jar.d" && (cd "$jar.d" && "$JAVA_HOME/bin/jar" xf "../$jar") && rm "$jar"; done &&
    find . -type f ! -name MANIFEST.MF -print0 | sort -z | xargs -0 sha256sum | sed 's#-[0-9][^/]*\.jar\.d/#.jar.d/#' | sha256sum | cut -d' ' -f1)
  rm -rf "$tmp"
}

# Installs the plugin zip, or reinstalls it when it changed (the nodes must be stopped for that).
ensure_plugin() {
  if [ ! -s "$PLUGIN_ZIP" ]; then
    say "building the plugin: ./mvnw -q -pl opensearch-plugin -am package -DskipTests"
    (cd "$ROOT" && ./mvnw -B -q -ntp -pl opensearch-plugin -am package -DskipTests) >&2
    [ -s "$PLUGIN_ZIP" ] || { say "the plugin build made no $PLUGIN_ZIP"; exit 1; }
  fi
  # Lucene and OpenSearch are the node's own: a copy in the plugin would fail the jar-hell check.
  if "$JAVA_HOME/bin/jar" tf "$PLUGIN_ZIP" | grep -qE '(^|/)(lucene|opensearch)-[^/]*\.jar$'; then
    say "$PLUGIN_ZIP holds a Lucene or OpenSearch jar: $("$JAVA_HOME/bin/jar" tf "$PLUGIN_ZIP" | tr '\n' ' ')"
    exit 1
  fi
  local sum installed
  sum="$(plugin_digest)"
  installed="$(cat "$OS_HOME/plugin.sha256" 2>/dev/null || true)"
  if [ "$sum" = "$installed" ] && [ -d "$SERVER/plugins/marsad-analysis" ]; then return 0; fi
  local n; for n in "${NODES[@]}"; do
    if alive "$n"; then say "the plugin zip changed: stopping the nodes to reinstall it"; stop; break; fi
  done
  if [ -d "$SERVER/plugins/marsad-analysis" ]; then
    "$SERVER/bin/opensearch-plugin" remove marsad-analysis >&2
  fi
  say "installing $PLUGIN_ZIP"
  "$SERVER/bin/opensearch-plugin" install --batch "file://$PLUGIN_ZIP" >&2
  echo "$sum" > "$OS_HOME/plugin.sha256"
}

# Each node: its own config dir (opensearch.yml, jvm.options with its heap and gc log), data, logs.
configure_node() {
  local n="$1" dir; dir="$(node_dir "$n")"
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  rm -rf "$dir/config" && cp -r "$SERVER/config" "$dir/config"
  sed -i -e "s/^-Xms.*/-Xms$HEAP/" -e "s/^-Xmx.*/-Xmx$HEAP/" \
      -e "s#file=logs/gc.log#file=$dir/logs/gc.log#" -e "s#HeapDumpPath=data#HeapDumpPath=$dir/data#" \
      -e "s#ErrorFile=logs/#ErrorFile=$dir/logs/#" "$dir/config/jvm.options"
  local roles='[cluster_manager, data, ingest]'
  [ "$n" = 1 ] || roles='[data, ingest]'
  cat > "$dir/config/opensearch.yml" <<EOF
# Written by .ci/opensearch.sh: node $n of Marsad's local two-node cluster.
cluster.name: marsad
node.name: marsad-$n
node.roles: $roles
path.data: $dir/data
path.logs: $dir/logs
network.host: 127.0.0.1
http.port: $(http_port "$n")
transport.port: $(transport_port "$n")
discovery.seed_hosts: ["127.0.0.1:$(transport_port 1)", "127.0.0.1:$(transport_port 2)"]
cluster.initial_cluster_manager_nodes: ["marsad-1"]
# a shared development machine: never refuse shards for a full-ish disk
cluster.routing.allocation.disk.threshold_enabled: false
EOF
}

start_node() {
  local n="$1" dir; dir="$(node_dir "$n")"
  if alive "$n"; then say "marsad-$n is running (pid $(pid_of "$n")): left alone"; return 0; fi
  rm -f "$dir/opensearch.pid"
  local port; for port in "$(http_port "$n")" "$(transport_port "$n")"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      say "cannot start marsad-$n: port $port is taken by another process (another cluster, another MARSAD_OS_HOME?)"
      exit 1
    fi
  done
  configure_node "$n"
  [ "$(id -u)" = 0 ] && chown -R "$OS_USER" "$OS_HOME"
  say "starting marsad-$n on 127.0.0.1:$(http_port "$n") (heap $HEAP)"
  (cd "$SERVER" && as_os_user env OPENSEARCH_JAVA_HOME="$OPENSEARCH_JAVA_HOME" OPENSEARCH_PATH_CONF="$dir/config" \
      OPENSEARCH_TMPDIR="$dir/tmp" "$SERVER/bin/opensearch" -d -p "$dir/opensearch.pid" \
      > "$dir/logs/startup.out" 2>&1) || {
    say "marsad-$n failed to start:"; tail -n 40 "$dir/logs/startup.out" >&2; exit 1; }
}

print_logs() {
  local n; for n in "${NODES[@]}"; do
    local dir; dir="$(node_dir "$n")"
    say "---- marsad-$n: $(alive "$n" && echo running || echo 'not running'); last lines of its logs ----"
    tail -n 5 "$dir/logs/startup.out" 2>/dev/null >&2 || true
    tail -n 40 "$dir/logs/marsad.log" 2>/dev/null >&2 || true
  done
}

wait_green() {
  local deadline=$((SECONDS + WAIT_S)) health=""
  while [ "$SECONDS" -lt "$deadline" ]; do
    local n; for n in "${NODES[@]}"; do
      alive "$n" || { say "marsad-$n died while starting"; print_logs; exit 1; }
    done
    health="$(curl -s --max-time 10 "http://127.0.0.1:9200/_cluster/health?wait_for_status=green&wait_for_nodes=2&timeout=5s" || true)"
    if [[ "$health" == *'"status":"green"'* && "$health" == *'"number_of_nodes":2,'* ]]; then
      say "cluster green with 2 nodes after ${SECONDS}s: http://127.0.0.1:9200,http://127.0.0.1:9201"
      return 0
    fi
    sleep 2
  done
  say "the cluster was not green with 2 nodes within ${WAIT_S}s (last health: ${health:-no answer})"
  print_logs
  exit 1
}

start() {
  find_jdk
  fetch_server
  ensure_user
  ensure_plugin
  local n; for n in "${NODES[@]}"; do start_node "$n"; done
  wait_green
}

stop() {
  local n pid
  for n in "${NODES[@]}"; do
    pid="$(pid_of "$n")"
    if alive "$n"; then say "stopping marsad-$n (pid $pid)"; kill "$pid"; fi
  done
  for n in "${NODES[@]}"; do
    pid="$(pid_of "$n")"
    [ -n "$pid" ] || { rm -f "$(node_dir "$n")/opensearch.pid"; continue; }
    local waited=0
    while kill -0 "$pid" 2>/dev/null; do
      if [ "$waited" -ge 60 ]; then say "marsad-$n (pid $pid) still alive after 60s: killing it"; kill -9 "$pid" 2>/dev/null || true; fi
      sleep 1; waited=$((waited + 1))
    done
    rm -f "$(node_dir "$n")/opensearch.pid"
  done
}

status() {
  local n rc=0
  for n in "${NODES[@]}"; do
    if alive "$n"; then echo "marsad-$n: running (pid $(pid_of "$n")), http://127.0.0.1:$(http_port "$n")"
    else echo "marsad-$n: not running"; rc=1; fi
  done
  curl -s --max-time 10 "http://127.0.0.1:9200/_cluster/health?pretty" || curl -s --max-time 10 "http://127.0.0.1:9201/_cluster/health?pretty" || rc=1
  curl -s --max-time 10 "http://127.0.0.1:9200/_cat/nodes?v&h=name,ip,http_address,node.role,cluster_manager,heap.max" || true
  return "$rc"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
