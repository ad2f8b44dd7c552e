# Sourced by ./build.sh and ./jbang: finds a JDK 25 or newer without the
# network and prints its home folder, or explains in one line what to do.
# Order: JAVA_HOME, `java` on PATH, then the usual install folders.

jdk_major() { # <java-home> -> major version on stdout, or nothing
  local release="$1/release" v
  [[ -x $1/bin/java && -f $release ]] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  [[ -n $v ]] && echo "$v"
}

find_jdk25() {
  local candidates=() c v
  [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    candidates+=("$c")
  fi
  for c in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* \
           "$HOME"/.jdks/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d $c ]] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    v=$(jdk_major "$c") || continue
    if (( v >= 25 )); then echo "$c"; return 0; fi
  done
  echo "error: no JDK 25 or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, ~/.sdkman, ~/.jdks); install one (e.g. 'sdk install java 25-tem' or a Temurin 25 package) or set JAVA_HOME to it" >&2
  return 1
}
