#!/usr/bin/env bash
# Import of 10,000 households from XLSX through the API, against PostgreSQL's own COPY of the same
# rows. Runs on the benchmark database of bench/registry-search.sh (it loads one municipality if
# there is none).   bench/registry-import.sh [households=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
H=${1:-10000}
DB=${BENCH_DB:-tereze_bench}; PORT=18091
URL="jdbc:postgresql://localhost:5432/$DB"
export SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=tereze SPRING_DATASOURCE_PASSWORD=tereze
if ! su postgres -c "psql -d $DB -tAc \"select 1 from municipality where code = 'BNA'\"" 2>/dev/null | grep -q 1; then
  bench/registry-search.sh 1 14800 10 >/dev/null
fi
ls target/tereze-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/tereze-*.jar | grep -v original | head -1)
java -Xmx1g -jar "$JAR" --server.port=$PORT > target/bench-import.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/ImportBench.java "http://localhost:$PORT" "$URL" tereze tereze BNA "$H"
