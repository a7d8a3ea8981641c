#!/usr/bin/env bash
# A newcomer's first hour, as the README tells it, each command the first one after `npm ci` in a fresh
# clone: nothing another command generates (.svelte-kit/, build/) may be needed. CI runs this before the
# tests, which would otherwise generate that for it.
#   1. `npm start` builds the demo and serves it: the overview answers with Trollhättan's page.
#   2. In a second fresh clone: `npm run setup` for another municipality, named as people write it and
#      without examples, then `npm run check-data` and `npm run build`: a site for it, every route built
#      from empty measures and targets, saying so.
#   3. `npm run kolada` either refreshes or, offline, says why in a sentence (no stack trace).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
server=""
cleanup() {
	[ -n "$server" ] && kill -- -"$server" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
fail() {
	echo "first-hour: $*" >&2
	exit 1
}

echo "first-hour 1/3: npm start, as the README's first command"
port=4391
# In a process group of its own, so that stopping it stops the build or the server it started.
setsid env PORT=$port npm start >"$work/start.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
	if curl -fsS "http://127.0.0.1:$port/" -o "$work/index.html" 2>/dev/null; then break; fi
	kill -0 "$server" 2>/dev/null || { tail -40 "$work/start.log" >&2; fail "npm start stopped before serving"; }
	sleep 1
done
[ -s "$work/index.html" ] || { tail -40 "$work/start.log" >&2; fail "npm start did not serve within 10 minutes"; }
grep -q 'Trollhättan' "$work/index.html" || fail "npm start served a page without the demo municipality"
kill -- -"$server" 2>/dev/null || true
server=""
echo "  served the demo overview"

echo "first-hour 2/3: setup for another municipality without examples, then check-data and build, in a fresh clone"
git clone -q "$root" "$work/clone"
cd "$work/clone"
npm ci --no-audit --no-fund >"$work/ci.log" 2>&1 || { tail -40 "$work/ci.log" >&2; fail "npm ci failed in the second clone"; }
npm run setup -- --kommun "Borås stad" --kontakt synpunkter@example.se >"$work/setup.log" 2>&1 || { cat "$work/setup.log" >&2; fail "setup failed"; }
grep -q 'Borås' "$work/setup.log" || fail "setup did not say which municipality it set up"
npm run check-data >"$work/check.log" 2>&1 || { tail -40 "$work/check.log" >&2; fail "check-data failed right after setup"; }
npm run build >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; fail "the build of a set-up site without examples failed"; }
grep -q 'Borås' build/index.html || fail "the built overview is not Borås's"
grep -q 'data-nothing-yet' build/index.html || fail "the built overview does not say that there are no measures or targets yet"
[ -f build/rapport/kommunen/index.html ] || fail "the report was not built"
echo "  built a site for Borås with no measures or targets"

echo "first-hour 3/3: npm run kolada"
if npm run kolada -- --kpi N02797 --municipality 1490 --from 2021 >"$work/kolada.log" 2>&1; then
	echo "  refreshed from Kolada"
else
	if grep -qE 'ERR_MODULE_NOT_FOUND|^\s+at ' "$work/kolada.log"; then
		cat "$work/kolada.log" >&2
		fail "npm run kolada failed with a stack trace instead of a message"
	fi
	echo "  offline, it says: $(grep -v '^>' "$work/kolada.log" | grep -v '^$' | head -2 | tr '\n' ' ')"
fi
git diff --quiet -- data/observations.csv 2>/dev/null || echo "  (data/observations.csv changed in the scratch clone only)"
echo "first-hour: passed"
