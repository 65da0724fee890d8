# Sourced by ./marsad and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME, then /usr/lib/jvm/* (newest first), then the java on PATH.
_marsad_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
_marsad_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV) \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(_marsad_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "marsad: needs a JDK 21 or newer; none found in JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm or PATH." >&2
  echo "marsad: install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to it." >&2
  return 1
}
_marsad_find_jdk
