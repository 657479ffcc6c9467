#!/usr/bin/env bash
# Soak (not part of CI, which runs `mvn verify`): the concurrency test's request mix against the
# sample API on 127.0.0.1 for many requests, then the heap after a full GC before and after.
#
#   integration-tests/soak.sh [requests] [clients]     (default 500000 requests, 8 clients)
#
# Builds through the reactor (nothing installed), runs org.corsroutes.it.Soak in its own JVM
# (-Xmx256m, so a leak also shows up as an OutOfMemoryError), and fails when a response carried
# another request's CORS headers or the heap after GC grew by more than 8 MiB.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-500000}
clients=${2:-8}
mvn -q -pl integration-tests -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/soak.classpath -Dmdep.includeScope=test
it=integration-tests/target
# nodelay: the JDK server writes headers and body apart; keep-alive clients would wait on
# delayed ACKs (about 40 ms a response) without it.
exec java -Xmx256m -Dsun.net.httpserver.nodelay=true -Dsoak.requests="$requests" -Dsoak.clients="$clients" \
  -cp "$it/test-classes:$it/classes:$(cat "$it/soak.classpath")" org.corsroutes.it.Soak
