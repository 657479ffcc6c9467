#!/usr/bin/env bash
# Proves the README's Quick start as written. It takes every file and command from README.md
# (each fenced block after a <!-- quickstart:... --> marker; there is no second copy), runs the
# install step in this repository, and then, for the mvn on the PATH (Maven 3.8.7 on Debian 12,
# the README's minimum) and a current Maven 3.9 (fetched from Maven Central with
# maven-dependency-plugin), each on JDK 17 and on JDK 25:
#   1. writes the README's files into an empty directory and runs the README's run command with
#      -Dport=0, so the application binds a free port on 127.0.0.1;
#   2. runs the README's curl preflight against it and requires the answer the README shows, and
#      the same preflight from an unlisted origin to get 403 without CORS headers and the
#      README's refusal line in the server's log;
#   3. changes the policy to origins = "*" as the README says, compiles, and requires the build to
#      fail with the README's [CorsWildcardWithCredentials] error, at the README's file and line;
#   4. in a fresh copy, runs the README's test command (the cors-test unit test must run and pass);
#   5. turns allowCredentials on for count() as the README says, compiles, and requires the
#      README's [CorsBaselineCredentials] widening error at its file and line;
#   6. runs the README's accept command, which must pass and change exactly one line of the
#      committed baseline (that route's allowCredentials, false to true); a clean compile then
#      passes.
# Every server it starts is stopped when its combination is done, or when the check ends however
# it ends.
#
# Maven runs with a local repository of its own (user.home points into the work directory), so
# the install step neither writes into ~/.m2 nor reads CORS Routes artifacts another build put
# there; ~/.m2/repository serves it as a read-only file:// repository before Maven Central, so
# nothing is downloaded twice.
#
# Environment: JDK17, JDK25 (JDK homes), MAVEN39_VERSION (default below), SHARED_REPOSITORY
# (default ~/.m2/repository), KEEP=1 keeps the work directory for inspection.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
readme="$root/README.md"
jdk17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
maven39_version=${MAVEN39_VERSION:-3.9.15}
start_timeout=300 # seconds for a run command to print its address (the first run downloads)

shared_repository=${SHARED_REPOSITORY:-$HOME/.m2/repository}

work=$(mktemp -d "${TMPDIR:-/tmp}/cors-quickstart.XXXXXX")
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "${KEEP:-}" = 1 ]; then
    echo "quickstart: work directory kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

fail() {
  echo "FAIL (quickstart): $*" >&2
  exit 1
}

# ---- extract the README's blocks ------------------------------------------------------------
# "<!-- quickstart:file PATH -->" + fenced block: a project file; "<!-- quickstart:KIND -->" +
# fenced block: $blocks/KIND (install, run, curl, curl-output, error, test, widening-error,
# accept).
blocks="$work/blocks"
template="$work/template"
mkdir -p "$blocks" "$template"
target=
in_block=false
line_number=0
marker_re='^<!-- quickstart:([a-z-]+)( ([^ ]+))? -->$'
while IFS= read -r line || [ -n "$line" ]; do
  line_number=$((line_number + 1))
  if $in_block; then
    if [[ $line == '```' ]]; then
      in_block=false
      target=
    else
      printf '%s\n' "$line" >>"$target"
    fi
  elif [[ $line =~ $marker_re ]]; then
    kind=${BASH_REMATCH[1]}
    path=${BASH_REMATCH[3]}
    if [ "$kind" = file ]; then
      [[ -n $path && $path != /* && $path != *..* ]] || fail "README.md:$line_number: bad file path '$path'"
      target="$template/$path"
      mkdir -p "$(dirname "$target")"
    else
      [ -z "$path" ] || fail "README.md:$line_number: quickstart:$kind takes no argument"
      target="$blocks/$kind"
    fi
    [ ! -e "$target" ] || fail "README.md:$line_number: a second block for $target"
  elif [ -n "$target" ] && [[ $line == '```'* ]]; then
    in_block=true
    : >"$target"
  elif [ -n "$target" ] && [ -n "$line" ]; then
    fail "README.md:$line_number: a quickstart marker must be followed by a fenced block"
  fi
done <"$readme"
$in_block && fail "README.md: a quickstart block is not closed"
for kind in install run curl curl-output refusal-log error test widening-error accept; do
  [ -s "$blocks/$kind" ] || fail "README.md has no <!-- quickstart:$kind --> block"
done
[ -s "$template/pom.xml" ] || fail "README.md has no <!-- quickstart:file pom.xml --> block"
java_files=$(cd "$template" && find . -name '*.java' | sort)
[ -n "$java_files" ] || fail "README.md has no Java file for the quick start"
echo "quickstart: from README.md: pom.xml $(echo $java_files | sed 's|\./||g'), and the install, run, curl, refusal-log and error blocks"

# The curl command as written, against the port the application chose.
grep -q '127\.0\.0\.1:8080' "$blocks/curl" || fail "the README's curl block does not call 127.0.0.1:8080"
origin=$(sed -n "s/.*-H 'Origin: \([^']*\)'.*/\1/p" "$blocks/curl")
[ -n "$origin" ] || fail "the README's curl block sends no Origin header"
# The README's error: "File.java:[line,col] [Id] message", message wrapped over lines.
expected_error=$(tr '\n' ' ' <"$blocks/error" | tr -s ' ' | sed 's/ $//')
[[ $expected_error =~ ^([A-Za-z0-9_]+\.java):\[([0-9]+),([0-9]+)\]\ \[CorsWildcardWithCredentials\] ]] \
  || fail "the README's error block does not start with File.java:[line,col] [CorsWildcardWithCredentials]"
error_file=${BASH_REMATCH[1]}
error_line=${BASH_REMATCH[2]}
expected_widening=$(tr '\n' ' ' <"$blocks/widening-error" | tr -s ' ' | sed 's/ $//')
[[ $expected_widening =~ ^([A-Za-z0-9_]+\.java):\[([0-9]+),([0-9]+)\]\ \[CorsBaselineCredentials\] ]] \
  || fail "the README's widening-error block does not start with File.java:[line,col] [CorsBaselineCredentials]"
widening_line=${BASH_REMATCH[2]}
baseline_file=src/main/cors/cors-routes.baseline.json
[ -s "$template/$baseline_file" ] || fail "README.md has no <!-- quickstart:file $baseline_file --> block"

# ---- Maven's own local repository for this check ----------------------------------------------
home="$work/home"
mkdir -p "$home/.m2"
cat >"$home/.m2/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>shared-cache</id>
      <repositories>
        <repository>
          <id>shared-cache</id>
          <url>file://$shared_repository</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>shared-cache</id>
          <url>file://$shared_repository</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>shared-cache</activeProfile>
  </activeProfiles>
</settings>
EOF
isolated="-Duser.home=$home"

# ---- the install step, in this repository -----------------------------------------------------
started=$SECONDS
(cd "$root" && MAVEN_OPTS="$isolated" bash -euo pipefail "$blocks/install") \
  || fail "the README's install step failed"
echo "quickstart: install step ($(tr -s ' ' <"$blocks/install" | head -1)) done in $((SECONDS - started))s"

# ---- Maven 3.9, from Maven Central through Maven itself (cached in the shared repository) -----
started=$SECONDS
(cd "$work" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.apache.maven:apache-maven:$maven39_version:tar.gz:bin" \
    -DoutputDirectory="$work/dist") >"$work/fetch.log" 2>&1 \
  || { cat "$work/fetch.log" >&2; fail "could not fetch Maven $maven39_version from Maven Central"; }
tar -xzf "$work/dist/apache-maven-$maven39_version-bin.tar.gz" -C "$work/dist"
maven39="$work/dist/apache-maven-$maven39_version"
echo "quickstart: Maven $maven39_version fetched in $((SECONDS - started))s"
maven_on_path=$(dirname "$(dirname "$(readlink -f "$(command -v mvn)")")")

for jdk in "$jdk17" "$jdk25"; do
  [ -x "$jdk/bin/javac" ] || fail "no JDK at $jdk (set JDK17 / JDK25): the README promises JDK 17 and 25"
done

# Header lines of an HTTP answer, CR removed, without Date.
headers() {
  tr -d '\r' <"$1" | sed '/^$/q' | grep -v -i '^date:' | sed '/^$/d'
}

# The first [Id] error of a Maven output, as the README shows errors: file name, position, message
# on one line (colours, [ERROR] and the directory removed).
first_error() {
  sed 's/\x1b\[[0-9;]*m//g' <<<"$2" | grep -m1 "\[$1\]" \
    | sed -E 's#^\[ERROR\] (.*/)?([^/]+\.java:\[)#\2#' | tr -s ' ' | sed 's/ $//' || true
}

# Runs one Maven + JDK combination through steps 1-6 above.
check() {
  local maven_home=$1 jdk=$2 label dir log port answer refused out actual_error actual
  label="Maven $("$maven_home/bin/mvn" -v 2>/dev/null | sed -n 's/.*Apache Maven \([0-9.]*\).*/\1/p' | head -1)"
  label="$label, JDK $("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')"
  local started=$SECONDS
  dir="$work/run-$RANDOM"
  cp -r "$template" "$dir"
  log="$dir.log"

  # 1. build and run, as the README says, on a free port
  (cd "$dir" && PATH="$maven_home/bin:$PATH" JAVA_HOME="$jdk" MAVEN_OPTS="$isolated -Dport=0" \
      exec setsid bash "$blocks/run") >"$log" 2>&1 &
  server_pid=$!
  port=
  for _ in $(seq 1 $((start_timeout * 4))); do
    port=$(sed -n 's|.*Serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; fail "$label: the run command ended before serving"; }
    sleep 0.25
  done
  [ -n "$port" ] || { cat "$log" >&2; fail "$label: nothing served after ${start_timeout}s"; }
  [ -f "$dir/target/classes/META-INF/cors-routes.json" ] || fail "$label: no route report in target/classes"
  ls "$dir"/target/generated-sources/annotations/com/example/*CorsRoutes.java >/dev/null 2>&1 \
    || fail "$label: no generated route table in target/generated-sources/annotations"

  # 2. the README's preflight, and the same from an origin that is not listed
  answer="$dir.answer"
  sed "s/127\.0\.0\.1:8080/127.0.0.1:$port/" "$blocks/curl" | bash -euo pipefail >"$answer" 2>"$answer.err" \
    || { cat "$answer.err" >&2; fail "$label: the README's curl command failed"; }
  # The status line and every header but Date, exactly as the README shows them (in any order).
  if ! diff <(headers "$blocks/curl-output" | sort) <(headers "$answer" | sort) >"$dir.diff"; then
    cat "$dir.diff" >&2
    fail "$label: the preflight's answer differs from the README's (< README, > server)"
  fi
  refused="$dir.refused"
  sed -e "s/127\.0\.0\.1:8080/127.0.0.1:$port/" -e "s|Origin: $origin'|Origin: $origin.evil.com'|" \
    "$blocks/curl" | bash -euo pipefail >"$refused" 2>"$refused.err" \
    || { cat "$refused.err" >&2; fail "$label: the refused curl failed"; }
  head -1 "$refused" | grep -q '^HTTP/1.1 403 ' || fail "$label: an unlisted origin got $(head -1 "$refused")"
  if headers "$refused" | grep -qi '^access-control-'; then
    fail "$label: the refused preflight carries Access-Control-* headers"
  fi
  # The refusal explained in the server's log, as the README shows it (logged before the 403 is
  # sent; a few seconds allow for the console being flushed).
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    grep -qxF -f "$blocks/refusal-log" "$log" && break
    sleep 0.5
  done
  grep -qxF -f "$blocks/refusal-log" "$log" || { cat "$log" >&2; fail "$label: the server did not log the README's refusal line"; }
  kill -TERM -- "-$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=

  # 3. origins = "*" with credentials must not compile, with the README's error at its line
  local count
  count=$(grep -rl --include='*.java' "origins = \"$origin\"" "$dir/src" | wc -l)
  [ "$count" = 1 ] || fail "expected one file with origins = \"$origin\", found $count"
  grep -rl --include='*.java' "origins = \"$origin\"" "$dir/src" \
    | xargs sed -i "s|origins = \"$origin\"|origins = \"*\"|"
  if out=$(cd "$dir" && PATH="$maven_home/bin:$PATH" JAVA_HOME="$jdk" MAVEN_OPTS="$isolated" \
      mvn -q compile 2>&1); then
    fail "$label: origins = \"*\" with allowCredentials = true compiled"
  fi
  actual_error=$(first_error CorsWildcardWithCredentials "$out")
  if [ "$actual_error" != "$expected_error" ]; then
    echo "README:   $expected_error" >&2
    echo "compiler: ${actual_error:-<no [CorsWildcardWithCredentials] error>}" >&2
    grep -E 'ERROR|error:' <<<"$out" | head -5 >&2
    fail "$label: the compile error differs from the README's"
  fi

  # 4. the README's unit test, in a fresh copy
  dir="$work/run-$RANDOM"
  cp -r "$template" "$dir"
  mvn_in() {
    (cd "$dir" && PATH="$maven_home/bin:$PATH" JAVA_HOME="$jdk" MAVEN_OPTS="$isolated" \
      bash -euo pipefail "$1" 2>&1)
  }
  out=$(mvn_in "$blocks/test") || { echo "$out" >&2; fail "$label: the README's test command failed"; }
  local reports
  reports=$(cat "$dir"/target/surefire-reports/TEST-*.xml 2>/dev/null | grep -o '<testsuite [^>]*>' || true)
  grep -q 'tests="[1-9]' <<<"$reports" || fail "$label: the README's test command ran no test"
  grep -q 'failures="0"' <<<"$reports" && grep -q 'errors="0"' <<<"$reports" \
    || fail "$label: the README's unit test failed: $reports"

  # 5. credentials on for count(): the baseline gate stops the build at the README's line
  local widen="  @CrossOrigin(origins = \"$origin\")"
  count=$(grep -rxF --include='*.java' "$widen" "$dir/src" | wc -l)
  [ "$count" = 1 ] || fail "expected one line '$widen' (count()'s policy), found $count"
  grep -rlxF --include='*.java' "$widen" "$dir/src" \
    | xargs sed -i "s|^$widen\$|  @CrossOrigin(origins = \"$origin\", allowCredentials = true)|"
  if out=$(cd "$dir" && PATH="$maven_home/bin:$PATH" JAVA_HOME="$jdk" MAVEN_OPTS="$isolated" \
      mvn -q compile 2>&1); then
    fail "$label: turning allowCredentials on for count() passed the baseline gate"
  fi
  actual=$(first_error CorsBaselineCredentials "$out")
  if [ "$actual" != "$expected_widening" ]; then
    echo "README:   $expected_widening" >&2
    echo "compiler: ${actual:-<no [CorsBaselineCredentials] error>}" >&2
    grep -E 'ERROR|error:' <<<"$out" | head -5 >&2
    fail "$label: the widening error differs from the README's"
  fi

  # 6. the README's accept command: passes, and the baseline's diff is that route's one line
  out=$(mvn_in "$blocks/accept") || { echo "$out" >&2; fail "$label: the README's accept command failed"; }
  local changed
  changed=$(diff "$template/$baseline_file" "$dir/$baseline_file" || true)
  local removed added
  removed=$(grep -c '^< ' <<<"$changed" || true)
  added=$(grep -c '^> ' <<<"$changed" || true)
  [ "$removed" = 1 ] && [ "$added" = 1 ] \
    || { echo "$changed" >&2; fail "$label: the accepted baseline differs in more than one line"; }
  [ "$(grep '^> ' <<<"$changed" | cut -c3-)" = "$(grep '^< ' <<<"$changed" | cut -c3- \
      | sed 's/"allowCredentials": false/"allowCredentials": true/')" ] \
    && grep -q '"/api/orders/count"' <<<"$changed" \
    || { echo "$changed" >&2; fail "$label: the baseline's changed line is not count()'s credentials"; }
  if ! out=$(cd "$dir" && PATH="$maven_home/bin:$PATH" JAVA_HOME="$jdk" MAVEN_OPTS="$isolated" \
      mvn -q clean compile 2>&1); then
    echo "$out" >&2
    fail "$label: the build fails after the accept command"
  fi
  echo "quickstart: $label: built, served on 127.0.0.1:$port, preflight answered as in the README," \
    "unlisted origin 403 and logged; origins=\"*\" + credentials fails at $error_file:$error_line; unit test" \
    "passes; credentials on count() fail the baseline gate at line $widening_line, accepted as a" \
    "one-line baseline diff ($((SECONDS - started))s)"
}

for maven_home in "$maven_on_path" "$maven39"; do
  for jdk in "$jdk17" "$jdk25"; do
    check "$maven_home" "$jdk"
  done
done
echo "quickstart: the README's Quick start works as written with both Mavens on JDK 17 and 25"
