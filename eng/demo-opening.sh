#!/usr/bin/env bash
# Watch a complete online opening (不见面开标) of the demo tender DEMO-T3, end to end with the real tools.
#
#   eng/demo-opening.sh [port] [--keep]
#
# From a fresh temporary data directory it builds once, starts the platform with --demo on the embedded profile with
# the sandbox clock sped up, and then:
#   1. four bidders who bought DEMO-T3's documents (bidder01..04) each log in, fetch the opening key, fill a bid form
#      with their own price, seal, sign, upload and verify the receipt (tenderhall-bid);
#   2. once the bid deadline passes by the platform clock, supervisor1 checks in and three of the four key custodians
#      (the agency, the supervision office, the notary office) hand over their shares (tenderhall-bid share);
#   3. the platform rebuilds the opening key, decrypts the bids and publishes the record; the bidders confirm their
#      lines, supervisor1 has the record rendered, signs it and closes the session (tenderhall-bid sign-record);
#   4. the outsiders' verifier checks the final PDF against the platform's and the supervisor's published keys.
# Open the hall URL printed at the start in a browser to watch it live. The platform is stopped at the end unless
# --keep is given. Environment: DEMO_SANDBOX_FACTOR (default 12000: the month to the deadline takes about 3-4 minutes).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

PORT=5080
KEEP=0
for arg in "$@"; do
    case "$arg" in
        --keep) KEEP=1 ;;
        ''|*[!0-9]*) echo "usage: eng/demo-opening.sh [port] [--keep]" >&2; exit 2 ;;
        *) PORT=$arg ;;
    esac
done

FACTOR=${DEMO_SANDBOX_FACTOR:-12000}
URL="http://localhost:$PORT"
TENDER=DEMO-T3
PASSWORD=demo1234
DATA=$(mktemp -d "${TMPDIR:-/tmp}/tenderhall-demo.XXXXXX")
WORK=$DATA/demo-opening           # the participants' working files: tokens, bid forms, envelopes, receipts, the record
mkdir -p "$WORK"
LOG=$WORK/platform.log
BID=(dotnet "$ROOT/tools/TenderHall.BidderTool/bin/Release/net10.0/tenderhall-bid.dll")
VERIFY=(dotnet "$ROOT/tools/TenderHall.Verifier/bin/Release/net10.0/tenderhall-verify.dll")
STARTED=$SECONDS
PLATFORM_PID=

# One line per step, with the elapsed wall time.
step() { printf '[%02d:%02d] %s\n' $(((SECONDS - STARTED) / 60)) $(((SECONDS - STARTED) % 60)) "$*"; }
fail() { step "FAILED: $*" >&2; exit 1; }

# Runs a command quietly into $WORK/<name>.log; on failure shows its output and stops.
quiet() {
    local name=$1; shift
    if ! "$@" >"$WORK/$name.log" 2>&1; then
        cat "$WORK/$name.log" >&2
        fail "$name (log: $WORK/$name.log)"
    fi
}

# The platform goes down with the script, unless --keep.
cleanup() {
    local status=$?
    if [[ -n $PLATFORM_PID ]] && kill -0 "$PLATFORM_PID" 2>/dev/null; then
        if [[ $KEEP == 1 && $status == 0 ]]; then
            step "platform left running (pid $PLATFORM_PID, data $DATA): stop it with 'kill $PLATFORM_PID'"
            return
        fi
        kill "$PLATFORM_PID" 2>/dev/null || true
        wait "$PLATFORM_PID" 2>/dev/null || true
    fi
    [[ $status == 0 ]] || echo "platform log: $LOG, working files: $WORK" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# HTTP helpers: JSON out, failure (with the platform's problem details) on any non-2xx.
api() { # api METHOD PATH [TOKEN] [JSON BODY]
    local method=$1 path=$2 token=${3:-} body=${4:-} out
    local args=(-sS -X "$method" -H 'Accept: application/json' -w '\n%{http_code}')
    [[ -n $token ]] && args+=(-H "Authorization: Bearer $token")
    [[ -n $body || $method == POST ]] && args+=(-H 'Content-Type: application/json' --data "${body:-{\}}")
    out=$(curl "${args[@]}" "$URL$path") || fail "$method $path: no answer"
    local code=${out##*$'\n'}
    [[ $code == 2* ]] || fail "$method $path: HTTP $code ${out%$'\n'*}"
    printf '%s' "${out%$'\n'*}"
}
token() { api POST /api/v1/auth/token '' "{\"userName\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken; }
epoch() { date -u -d "$1" +%s; }
platform_now() { epoch "$(api GET /api/v1/clock | jq -r .now)"; }
opening_status() { api GET "/api/v1/tenders/$TENDER/opening" | jq -r .status; }

# ---------------------------------------------------------------------------------------------------------------
step "Online opening of $TENDER: watch it live at $URL/tenders/$TENDER/opening (add ?lang=en for English)"

if curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null; then fail "something already listens on port $PORT: stop it or give another port"; fi

step "building TenderHall.sln (Release)"
quiet build dotnet build TenderHall.sln -c Release -v quiet

# Started from the project directory, like `dotnet run`, so the Portal finds its content; the data goes to the temp directory.
step "starting the platform with --demo on $URL (embedded profile, sandbox clock x$FACTOR, data in $DATA)"
(cd TenderHall.Api && exec dotnet bin/Release/net10.0/TenderHall.Api.dll --urls="$URL" --TenderHall:Profile=Embedded \
    --TenderHall:DataDirectory="$DATA" --TenderHall:Clock:SandboxFactor="$FACTOR" --demo) >"$LOG" 2>&1 &
PLATFORM_PID=$!

for _ in $(seq 1 120); do
    kill -0 "$PLATFORM_PID" 2>/dev/null || { tail -n 30 "$LOG" >&2; fail "the platform exited while starting"; }
    curl -fsS -o /dev/null "$URL/health/ready" 2>/dev/null && break
    sleep 1
done
curl -fsS -o /dev/null "$URL/health/ready" || fail "$URL/health/ready did not answer in 2 minutes"
step "platform ready (/health/ready); waiting for the demo centre to be seeded"

# The seeder logs once everything, documents bought by bidder-01..04 included, is in place.
for _ in $(seq 1 300); do
    grep -q "Demo centre ready" "$LOG" && break
    kill -0 "$PLATFORM_PID" 2>/dev/null || { tail -n 30 "$LOG" >&2; fail "the platform exited while seeding"; }
    sleep 1
done
grep -q "Demo centre ready" "$LOG" || fail "the demo was not seeded in 5 minutes"
DEADLINE_TEXT=$(api GET "/api/v1/tenders/$TENDER" "$(token agency1)" | jq -r .schedule.bidDeadline)
DEADLINE=$(epoch "$DEADLINE_TEXT")
LEFT=$((DEADLINE - $(platform_now)))
step "demo seeded: $TENDER's bids are due $DEADLINE_TEXT, $((LEFT / 86400)) platform days (~$((LEFT / ${FACTOR%.*}))s real) from now"
((LEFT / ${FACTOR%.*} > 60)) || fail "too little time is left to bid at x$FACTOR: run with a lower DEMO_SANDBOX_FACTOR"

# ---------------------------------------------------------------------------------------------------------------
# The bidders, each in its own directory, as each would on its own machine.
BIDDERS=(01 02 03 04)
PRICES=(88650000.00 87342500.50 89120000.00 86990000.00)
for i in "${!BIDDERS[@]}"; do
    n=${BIDDERS[$i]} org=bidder-${BIDDERS[$i]} price=${PRICES[$i]}
    dir=$WORK/$org key=$DATA/demo-keys/$org.json
    mkdir -p "$dir"
    quiet "$org-login" "${BID[@]}" login --url "$URL" --user "bidder$n" --password "$PASSWORD" --out "$dir/token.txt"
    quiet "$org-opening-key" "${BID[@]}" opening-key --url "$URL" --tender "$TENDER" --out "$dir/opening-key.json"
    quiet "$org-form" "${BID[@]}" form --price "$price" --duration 540 --quality "合格" --deposit-ref "DEP-$TENDER-$org" --out "$dir/bid-form.json"
    printf '%s 技术标（演示）\n施工组织设计、进度计划与质量保证措施。\n' "$org" >"$dir/technical.txt"
    quiet "$org-seal" "${BID[@]}" seal --tender "$TENDER" --bidder "$org" --form "$dir/bid-form.json" --attach "$dir/technical.txt" \
        --opening-key "$dir/opening-key.json" --out "$dir/bid.thse"
    quiet "$org-sign" "${BID[@]}" sign --key "$key" "$dir/bid.thse"
    quiet "$org-upload" "${BID[@]}" upload --url "$URL" --tender "$TENDER" --key "$key" --token "@$dir/token.txt" "$dir/bid.thse"
    quiet "$org-verify-receipt" "${BID[@]}" verify-receipt --url "$URL" --envelope "$dir/bid.thse"
    step "$org (bidder$n): logged in, fetched the opening key, bid ¥$price, sealed, signed, uploaded; receipt verified"
done

# ---------------------------------------------------------------------------------------------------------------
step "waiting for the bid deadline by the platform clock (GET /api/v1/clock)"
last=
while :; do
    now=$(platform_now)
    ((now >= DEADLINE)) && break
    left=$(((DEADLINE - now) / 86400))
    [[ $left != "$last" && $((left % 5)) == 0 ]] && step "  $left platform days to the deadline"
    last=$left
    sleep 2
done
step "deadline passed ($DEADLINE_TEXT); the opening hall is live"

# The session opens at the deadline; give the grain's reminder a moment.
for _ in $(seq 1 60); do
    [[ $(curl -fsS "$URL/api/v1/tenders/$TENDER/opening" 2>/dev/null | jq -r .status 2>/dev/null) == AwaitingShares ]] && break
    sleep 1
done
[[ $(opening_status) == AwaitingShares ]] || fail "the opening session is $(opening_status), not AwaitingShares"

SUPERVISOR=$(token supervisor1)
api POST "/api/v1/tenders/$TENDER/opening/check-in" "$SUPERVISOR" >/dev/null
step "supervisor1 (electronic supervision office) checked in"

# Who holds shares, and which demo account acts for each: the custodians are DemoDirectory.Custodians plus the agency.
step "custodians of the opening key: $(api GET "/api/v1/tenders/$TENDER/opening-key" | jq -r '"\(.custodians | join(", ")), threshold \(.threshold)"')"
for pair in agency1:agency-qiongzhou supervisor2:dept-supervision notary1:notary-hainan; do
    user=${pair%%:*} org=${pair#*:}
    dir=$WORK/$org key=$DATA/demo-keys/$org.json
    mkdir -p "$dir"
    quiet "$org-login" "${BID[@]}" login --url "$URL" --user "$user" --password "$PASSWORD" --out "$dir/token.txt"
    quiet "$org-share" "${BID[@]}" share --url "$URL" --tender "$TENDER" --encryption-key "$key" --key "$key" --token "@$dir/token.txt"
    step "$user handed over $org's share: $(grep -i 'shares' "$WORK/$org-share.log" | head -n 1 | sed 's/^ *//')"
done

# ---------------------------------------------------------------------------------------------------------------
step "waiting for the key to be rebuilt, the bids decrypted and the record published"
for _ in $(seq 1 180); do
    status=$(opening_status)
    [[ $status == RecordPublished ]] && break
    [[ $status == InsufficientBids ]] && fail "the session ended with InsufficientBids"
    sleep 1
done
[[ $status == RecordPublished ]] || fail "the record was not published in 3 minutes (status $status)"
api GET "/api/v1/tenders/$TENDER/opening" | jq -r '.rows[] | "          \(.bidderId)  \(.bidderName)  ¥\(.price // "-")  \(.durationDays // "-") days  \(.outcome)  \(.depositStatus // "")"'
step "record published (RecordPublished): the hall shows every bidder's name and price"

for i in "${!BIDDERS[@]}"; do
    org=bidder-${BIDDERS[$i]}
    api POST "/api/v1/tenders/$TENDER/opening/response" "$(cat "$WORK/$org/token.txt")" '{"confirm":true}' >/dev/null
done
step "bidders confirmed their lines of the record on the spot (BLR 44)"

api POST "/api/v1/tenders/$TENDER/opening/record" "$SUPERVISOR" >/dev/null
step "supervisor1 had the opening record rendered and signed by the platform (POST .../opening/record)"

printf '%s' "$SUPERVISOR" >"$WORK/supervisor1.token"
quiet sign-record "${BID[@]}" sign-record --url "$URL" --tender "$TENDER" --key "$DATA/demo-keys/dept-supervision.json" \
    --notes "开标过程正常，投标人代表远程在线参加。" --out "$WORK/record.pdf" --token "@$WORK/supervisor1.token"
[[ $(opening_status) == Closed ]] || fail "the session is $(opening_status) after sign-record, not Closed"
step "supervisor1 checked and countersigned the record and closed the session: $(tail -n 1 "$WORK/sign-record.log")"

# ---------------------------------------------------------------------------------------------------------------
# An outsider's check: the platform's document key and the supervision office's signing key, both as published.
api GET /api/v1/documents/signing-key | jq -r .subjectPublicKeyInfo >"$WORK/platform-key.b64"
api GET /api/v1/departments/dept-supervision | jq -r '[.keys[] | select(.use == "signing")][0].subjectPublicKeyInfo' >"$WORK/supervisor-key.b64"
quiet verify-pdf "${VERIFY[@]}" verify-pdf "$WORK/record.pdf" --key "$WORK/platform-key.b64" --key "$WORK/supervisor-key.b64"
step "outsiders' verifier: $(tail -n 1 "$WORK/verify-pdf.log")"
step "done in $((SECONDS - STARTED))s: the record is $WORK/record.pdf; the hall: $URL/tenders/$TENDER/opening"
