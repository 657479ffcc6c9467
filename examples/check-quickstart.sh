#!/usr/bin/env bash
# Proves the README's Maven setup from outside this build: installs the artifacts, builds
# examples/quickstart (processor on annotationProcessorPaths, CorsFeature on Jersey, tests over
# real HTTP), then compiles a copy with @CrossOrigin(origins = "*", allowCredentials = true)
# and checks the compile fails with the error on that line.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mvn -B -q -f "$root/pom.xml" -DskipTests install
mvn -B -q -f "$root/examples/quickstart/pom.xml" verify

bad=$(mktemp -d)
trap 'rm -rf "$bad"' EXIT
cp -r "$root/examples/quickstart/pom.xml" "$root/examples/quickstart/src" "$bad/"
file="$bad/src/main/java/com/example/api/OrdersResource.java"
sed -i 's|@CrossOrigin(origins = "https://shop.example.com", allowCredentials = true,|@CrossOrigin(origins = "*", allowCredentials = true,|' "$file"
line=$(grep -n 'origins = "\*"' "$file" | cut -d: -f1)
if out=$(mvn -B -f "$bad/pom.xml" -DskipTests compile 2>&1); then
  echo "FAIL: the insecure policy compiled" >&2
  exit 1
fi
if ! grep -q "OrdersResource.java:\[$line,.*\[CorsWildcardWithCredentials\]" <<<"$out"; then
  echo "FAIL: no [CorsWildcardWithCredentials] error on OrdersResource.java line $line:" >&2
  echo "$out" | grep -E "ERROR|error:" >&2
  exit 1
fi
echo "quickstart: builds and serves CORS; origins=\"*\" + credentials fails at OrdersResource.java:$line"
