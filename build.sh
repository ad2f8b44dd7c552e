#!/usr/bin/env bash
# The one entry point. ./build.sh -h lists the verbs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

usage() {
  cat <<'USAGE'
usage: ./build.sh [verb]
  (none), build   run the snippets (reusing fresh captures), render every page of
                  every language into target/site/; prints its index.html last
  test            the whole test suite: every snippet and Python twin against its
                  expectation, the generator's tests, the site in a real browser;
                  installs what it needs and is missing (Chromium, its driver,
                  Python 3, npm, a Korean font) when it can
  snippet NAME    run one snippet and its Python twin afresh and check them,
                  e.g. ./build.sh snippet Gather (a passing run goes on the pages)
  serve [--port N]
                  build, then serve the site on http://127.0.0.1:8000/ (local use
                  only) with Run, Stop and Edit under every snippet; builds again
                  what you edit in docs/, snippets/, site/theme/ and reloads the page
  translations [--diff] [LANG...]
                  what to translate: every page of every language up to date,
                  outdated (with what changed in the source), or missing
  translated LANG PAGE...
                  mark translated pages as caught up with the source: writes
                  :source-commit: into their header, e.g. ./build.sh translated en 03-basics
  (CONTRIBUTING.md tells translators the whole workflow)
  figures         every measurement typed into a page's prose (the build stops at
                  the first): cite a captured run instead, see CONTRIBUTING.md
  mutants         run every snippet's wrong versions (snippets/mutants/): each must
                  fail its .expect, or the claim it guards is not asserted
  bench [RUNS]    speed figures: timing fidelity of every snippet, the suite's
                  snippet stage vs one by one, ./jbang overhead, build times;
                  prints a table, writes target/bench.json
  bench load [N]  the fresh capture stage N times beside two CPU hogs (started
                  and stopped here), the first with an empty JBang cache: the
                  pass count, reruns for a timing and the tightest claims
  bench cold [N]  a fresh clone's ./build.sh with an empty JBang cache and no
                  target/ (Maven's repository kept), N times (1): the times,
                  each with its breakdown, and the slowest
  clean           remove target/ (build output, captured runs)
  -h, --help      this text
USAGE
}

case ${1:-} in -h|--help|help) usage; exit 0 ;; esac

source site/scripts/jdk25.sh
JAVA_HOME=$(find_jdk25) || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
command -v mvn >/dev/null || { echo "error: Maven (mvn) is needed: install it (e.g. apt-get install maven)" >&2; exit 1; }

MVN=(mvn -B --no-transfer-progress -Dstyle.color=never)
# Maven 3.8's own Guava warns about sun.misc.Unsafe on JDK 25; the quick
# JIT tier halves the CPU time of Maven's short run (and of its javac)
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow -XX:TieredStopAtLevel=1"
JVM_FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)

step() { printf '[build] %s\n' "$*" >&2; }

# JBang is fetched once, before snippets start running side by side.
bootstrap_jbang() {
  local out
  out=$(./jbang --version 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }
}

# A digest of files (and of extra lines on stdin), to tell what changed.
digest() { # <path>...
  local p existing=()
  for p in "$@"; do [[ -e $p ]] && existing+=("$p"); done
  { find "${existing[@]}" -type f -print0 | sort -z | xargs -0 -r sha256sum; cat; } | sha256sum | cut -c1-64
}

generator_fresh() {
  [[ -f target/generator.jar && $(cat target/classes/.sources 2>/dev/null) == "$(digest site/src/main pom.xml build.sh </dev/null)" ]]
}

# seconds from <EPOCHREALTIME> to now, or to a second <EPOCHREALTIME>
since() { awk "BEGIN{printf \"%.1f\", ${2:-$EPOCHREALTIME} - $1}"; }

# The snippets not yet compiled into this JBang cache, as `sha256  path`
# lines; the list is per cache (the capture stage reads the same file).
jbang_cache=${JBANG_CACHE_DIR:-${JBANG_DIR:-$HOME/.jbang}/cache}
built_list=target/jbang-built-$(printf %s "$jbang_cache" | sha256sum | cut -c1-12).txt
snippets_to_build() {
  sha256sum snippets/*.java | grep -vxF -f <(cat "$built_list" 2>/dev/null || true) || true
}

# A fresh clone compiles its snippets in two JVMs (the bootstrapped JBang's
# own command line, once per script) rather than one JBang JVM each; with
# a jbang of your own on PATH, the capture stage compiles them as before.
# The @priority snippets first, then the rest, @alone last: the order in
# which the capture stage runs them (a @priority one as soon as its own
# compile is done, the others after every compile). At the capture stage's
# compile priority (nice 5), so the runs that start beside these compiles
# get the CPU first.
build_snippets() {
  local lib line path slot todo=() first=() middle=() last=()
  command -v jbang >/dev/null && return 0
  lib=$(echo .jbang/jbang-*/lib); [[ -d $lib ]] || return 0
  mapfile -t todo < <(snippets_to_build)
  ((${#todo[@]})) || return 0
  for line in "${todo[@]}"; do
    path=${line#*  }
    slot=$(grep -o -m1 '^@\(priority\|alone\)' "${path%.java}.expect" 2>/dev/null || true)
    case $slot in @priority) first+=("$line") ;; @alone) last+=("$line") ;; *) middle+=("$line") ;; esac
  done
  todo=("${first[@]}" "${middle[@]}" "${last[@]}")
  mkdir -p target
  local aot; aot=$(javac_archive)
  # two JVMs taking the scripts in turn: JBang runs javac apart, so both
  # cores work, and each JVM starts with a @priority snippet
  local i pids=() status=0 even=() odd=()
  for i in "${!todo[@]}"; do
    if ((i % 2 == 0)); then even+=("${todo[i]}"); else odd+=("${todo[i]}"); fi
  done
  local build=(env JBANG_NO_VERSION_CHECK=true nice -n 5 "$JAVA_HOME/bin/java"
               -XX:TieredStopAtLevel=1 -Xlog:disable -cp "$lib/*"
               site/scripts/BuildSnippets.java "$built_list" "$aot")
  # stopped with the build (a page error stops it before they are done)
  trap 'kill "${pids[@]}" 2>/dev/null; exit 143' TERM
  "${build[@]}" "${even[@]}" >&2 & pids+=($!)
  if ((${#odd[@]})); then
    "${build[@]}" "${odd[@]}" >&2 & pids+=($!)
  fi
  for i in "${pids[@]}"; do wait "$i" || status=1; done
  trap - TERM
  return $status
}

# javac's own classes, loaded and linked ahead of time, in an AOT cache
# (JDK 25; one javac's run, trained at the quick JIT tier): a javac per
# snippet then takes 0.4 CPU-s, not 0.5 with a class-data-sharing archive
# or 1.1 with neither. Made once per JDK, before the compiles that read it
# start side by side (two JVMs writing one cache could spoil it); the
# capture stage's compiles read it too. Prints its path, or nothing when it
# could not be made.
javac_archive() {
  local aot; aot=target/javac-$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.version = //p').aot
  if [[ ! -f $aot ]]; then
    local out; out=$(mktemp -d)
    "$JAVA_HOME/bin/javac" -J-XX:AOTCacheOutput="$aot" -J-XX:TieredStopAtLevel=1 -J-Xlog:disable \
      --release 25 --enable-preview -d "$out" snippets/Gather.java >/dev/null 2>&1 || rm -f "$aot"
    rm -rf "$out"
  fi
  [[ -f $aot ]] && echo "$PWD/$aot"
  return 0
}

# JBang's bootstrap and the snippets' compiles need nothing of Maven's:
# they run beside it, and beside the site build after it, whose capture
# stage runs each snippet once its own compile is done; their times go to
# a file the build reads after.
beside_maven() {
  local t0=$EPOCHREALTIME t1
  trap 'kill $(jobs -p) 2>/dev/null; exit 143' TERM
  bootstrap_jbang
  t1=$EPOCHREALTIME
  build_snippets &
  wait $! || return 1
  # the bootstrap's own time, then the compiles' (each from its own start)
  echo "$(since "$t0" "$t1") $(since "$t1")" > target/.beside-maven
}

# Maven only when the generator's sources changed since it last compiled them.
compile() {
  local stamp; stamp=$(digest site/src/main pom.xml build.sh </dev/null)
  if [[ -f target/generator.jar && $(cat target/classes/.sources 2>/dev/null) == "$stamp" ]]; then
    return
  fi
  archive_now=0 # the next run makes the generator's archive (see run_main)
  step "compiling the site generator (Maven, JDK $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n '1s/.*"\(.*\)".*/\1/p'))"
  # offline first: with every artifact in Maven's repository there is no
  # remote check to wait for; online when one is missing (a new machine).
  # stdout is the verb's output (the report, the index path).
  local goals=(-q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime)
  mkdir -p target
  if ! "${MVN[@]}" -o "${goals[@]}" > target/maven-offline.log 2>&1; then
    "${MVN[@]}" "${goals[@]}" >&2
  fi
  # a jar, so the generator's classes can go into a class-data-sharing archive
  rm -f target/generator.jar target/generator.jsa
  "$JAVA_HOME/bin/jar" --create --file target/generator.jar -C target/classes .
  echo "$stamp" > target/classes/.sources
}

# Whether this run of the generator makes its class-data-sharing archive
# when there is none. Not right after Maven compiled it (a fresh clone's
# build, say): writing it as the JVM exits adds 2 s to the end of a cold
# build; the next run makes it.
archive_now=1

run_main() { # <class> [args...]
  local class=$1; shift
  # a class-data-sharing archive of the generator, made on its first run;
  # the quick JIT tier, and JRuby (Asciidoctor's) interpreting Ruby rather
  # than compiling it: a build is short, and these halve its CPU time
  # (18 CPU-s for 30 over a build with nothing to run, same wall time)
  local archive=(-XX:SharedArchiveFile=target/generator.jsa -XX:+AutoCreateSharedArchive)
  [[ $archive_now == 1 || -f target/generator.jsa ]] || archive=()
  "$JAVA_HOME/bin/java" "${JVM_FLAGS[@]}" "${archive[@]}" -Xlog:disable \
    -XX:TieredStopAtLevel=1 -Djruby.compile.mode=OFF \
    -cp "target/generator.jar:$(cat target/classpath.txt)" "$class" "$@"
}

# Everything a built site depends on: pages, snippets and their saved runs,
# theme, generator, runtimes, git state. Equal to the last build's: nothing to do.
site_inputs() {
  { cat target/classes/.sources
    "$JAVA_HOME/bin/java" -version 2>&1 | sed -n 1p
    python3 --version 2>&1 || true
    command -v jbang || true
    git rev-parse HEAD 2>/dev/null || true
    git status --porcelain -- docs 2>/dev/null || true
  } | digest docs snippets site/theme site/publish.properties CONTRIBUTING.md jbang target/snippet-runs
}

# What the test suite runs besides Java: Debian packages, installed when
# missing if we may (root, or sudo without a password); otherwise the one
# command to run is printed.
install_test_needs() {
  local need=()
  command -v python3 >/dev/null || need+=(python3)          # the Python twins
  [[ -x /usr/bin/chromium ]] || need+=(chromium)              # the browser tests
  [[ -x /usr/bin/chromedriver ]] || need+=(chromium-driver)
  command -v npm >/dev/null || need+=(npm)                  # fetches axe-core for the audit
  # a Korean font, so screenshots of the Korean pages show Hangul
  [[ -n "$(fc-list :lang=ko 2>/dev/null)" ]] || need+=(fonts-nanum)
  ((${#need[@]})) || return 0
  local sudo=()
  if ((EUID != 0)); then
    if sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      echo "error: the tests need ${need[*]}; install them with:" >&2
      echo "  sudo apt-get install ${need[*]}" >&2
      exit 1
    fi
  fi
  command -v apt-get >/dev/null || { echo "error: the tests need ${need[*]} (no apt-get here: install them with your package manager)" >&2; exit 1; }
  step "installing what the tests need: ${need[*]} (apt-get)"
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
}

verb=${1:-build}
case $verb in
  build)
    if generator_fresh && [[ -f target/site/index.html \
          && $(cat target/site.inputs 2>/dev/null) == "$(site_inputs)" ]]; then
      step "nothing changed since the last build"
      echo "$PWD/target/site/index.html"
      exit 0
    fi
    mkdir -p target; rm -f target/.beside-maven
    beside_maven & beside=$!
    trap 'kill "$beside" 2>/dev/null' EXIT
    t=$EPOCHREALTIME; compile; maven=$(since "$t")
    rm -f target/site.inputs
    # the index's path stays the last line, after the breakdown below; the
    # capture stage waits for each snippet's compile while $beside lives
    t=$EPOCHREALTIME
    index=$(run_main dev.asyncguide.site.SiteBuilder --snippets-compiled-by "$beside")
    site=$(since "$t")
    trap - EXIT
    if wait "$beside"; then
      read -r boot snippets_built < target/.beside-maven
    else # the site is whole: the capture stage compiled what they left
      step "warning: the snippet compiles beside Maven failed (their errors are above)"
      boot=0 snippets_built=0
    fi
    site_inputs > target/site.inputs
    # a cold build (Maven ran, or snippets were compiled): where its time went
    if awk "BEGIN{exit !($maven > 1 || $snippets_built > 1)}"; then
      step "where the time went: Maven ${maven} s, then snippet runs and pages ${site} s;" \
        "beside them from the start, JBang bootstrap ${boot} s, then snippet compiles" \
        "in two JVMs ${snippets_built} s (a @priority snippet runs once its own is done);" \
        "${SECONDS} s in all"
    fi
    echo "$index" ;;
  test)
    install_test_needs
    bootstrap_jbang
    build_snippets # in two JVMs, as a build does; the suite's capture stage reuses them
    step "running the test suite"
    "${MVN[@]}" test
    step "screenshots of the site (each language and theme, phone and desktop): target/site-screenshots/" ;;
  snippet)
    [[ $# -eq 2 ]] || { echo "usage: ./build.sh snippet NAME (a file snippets/NAME.java)" >&2; exit 2; }
    bootstrap_jbang
    compile
    run_main dev.asyncguide.snippet.CheckSnippet "$2" ;;
  translations)
    compile
    run_main dev.asyncguide.translate.TranslationsMain report "${@:2}" ;;
  translated)
    [[ $# -ge 3 ]] || { echo "usage: ./build.sh translated LANG PAGE... (e.g. ./build.sh translated en 03-basics)" >&2; exit 2; }
    compile
    run_main dev.asyncguide.translate.TranslationsMain record "${@:2}" ;;
  serve)
    bootstrap_jbang
    compile
    run_main dev.asyncguide.serve.Serve "${@:2}" ;;
  figures)
    compile
    run_main dev.asyncguide.site.FigureCheck ;;
  mutants)
    bootstrap_jbang
    compile
    javac_archive >/dev/null # each mutant compiles afresh: a quicker javac
    run_main dev.asyncguide.snippet.Mutants "${@:2}" ;;
  bench)
    bootstrap_jbang
    compile
    if [[ ${2:-} == load ]]; then
      # two CPU hogs for the whole run, always stopped (failure, Ctrl-C
      # included), each in a session of its own like a program started
      # elsewhere on the machine: Linux shares the CPU between sessions
      # first (autogroups), then within the build's among its runs, by
      # their priorities. (Hogs inside the build's own session would take
      # the CPU from its lower-priority lanes thread by thread.)
      hogs=()
      for _ in 1 2; do setsid bash -c 'while :; do :; done' & hogs+=($!); done
      cache=$(mktemp -d)
      trap 'kill "${hogs[@]}" 2>/dev/null; rm -rf "$cache"' EXIT
      trap 'exit 130' INT TERM
      step "two CPU hogs running (pids ${hogs[*]}); an empty JBang cache: the first stage compiles cold"
      JBANG_CACHE_DIR=$cache run_main dev.asyncguide.site.Bench load "${@:3}"
    elif [[ ${2:-} == cold ]]; then
      # N times: a fresh clone of HEAD, an empty JBang cache, no target/;
      # Maven's repository kept
      runs=${3:-1}
      [[ $runs =~ ^[1-9][0-9]?$ ]] || { echo "usage: ./build.sh bench cold [N], N from 1 to 99" >&2; exit 2; }
      dir=$(mktemp -d)
      trap 'rm -rf "$dir"' EXIT
      all=()
      for ((i = 1; i <= runs; i++)); do
        rm -rf "$dir/clone" "$dir/cache"
        git clone -q . "$dir/clone"; mkdir "$dir/cache"
        t=$EPOCHREALTIME
        (cd "$dir/clone" && JBANG_CACHE_DIR=$dir/cache ./build.sh >/dev/null)
        all+=("$(since "$t")")
        step "cold build $i/$runs of a fresh clone (HEAD): ${all[-1]} s"
      done
      slowest=$(printf '%s\n' "${all[@]}" | sort -n | tail -1)
      mkdir -p target
      echo "{\"coldBuildSeconds\": [$(IFS=,; echo "${all[*]}")], \"slowest\": $slowest, \"cores\": $(nproc)}" \
        > target/bench-cold.json
      step "cold builds of a fresh clone: ${all[*]} s; the slowest $slowest s (written: target/bench-cold.json)"
    else
      run_main dev.asyncguide.site.Bench "${@:2}"
    fi ;;
  clean) rm -rf target ;;
  *) echo "error: unknown verb '$verb'" >&2; usage >&2; exit 2 ;;
esac
