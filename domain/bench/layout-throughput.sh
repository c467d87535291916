#!/usr/bin/env bash
# Measures layout-analysis throughput of optimacut-layout.jar on a 10 MB DXF and a 10 MB SVG,
# beside `wc -l` on the same files, and prints MB/s (1 MB = 10^6 bytes) for both and their ratio.
# Each figure is the median and 95th percentile of RUNS runs; a run of the jar includes JVM start.
#
# Usage: domain/bench/layout-throughput.sh [RUNS]   (default 7; build the jar first with
#        ./mvnw -B -f domain/pom.xml package)
set -euo pipefail

runs="${1:-7}"
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/optimacut-layout.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ! -f "$jar" ]]; then
    echo "missing $jar: run ./mvnw -B -f domain/pom.xml package first" >&2
    exit 2
fi

target_bytes=$((10 * 1000 * 1000))

# Deterministic DXF: a grid of 100 x 60 mm plates, each with a hole and a rounded slot, until 10 MB.
generate_dxf() {
    awk -v target="$target_bytes" 'BEGIN {
        printf "0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n";
        size = 80; i = 0;
        while (size < target) {
            x = (i % 100) * 120; y = int(i / 100) * 80;
            s = sprintf("0\nLWPOLYLINE\n8\nCUT\n90\n4\n70\n1\n10\n%d\n20\n%d\n10\n%d\n20\n%d\n10\n%d\n20\n%d\n10\n%d\n20\n%d\n", x, y, x + 100, y, x + 100, y + 60, x, y + 60);
            s = s sprintf("0\nCIRCLE\n8\nCUT\n10\n%d\n20\n%d\n30\n0\n40\n8\n", x + 25, y + 30);
            s = s sprintf("0\nLINE\n8\nCUT\n10\n%d\n20\n%d\n11\n%d\n21\n%d\n", x + 50, y + 20, x + 80, y + 20);
            s = s sprintf("0\nARC\n8\nCUT\n10\n%d\n20\n%d\n40\n10\n50\n270\n51\n90\n", x + 80, y + 30);
            s = s sprintf("0\nLINE\n8\nCUT\n10\n%d\n20\n%d\n11\n%d\n21\n%d\n", x + 80, y + 40, x + 50, y + 40);
            s = s sprintf("0\nARC\n8\nCUT\n10\n%d\n20\n%d\n40\n10\n50\n90\n51\n270\n", x + 50, y + 30);
            s = s sprintf("0\nLINE\n8\nENGRAVE\n10\n%d\n20\n%d\n11\n%d\n21\n%d\n", x + 5, y + 5, x + 15, y + 5);
            printf "%s", s; size += length(s); i++;
        }
        printf "0\nENDSEC\n0\nEOF\n";
    }' > "$work/layout.dxf"
}

# Deterministic SVG: the same plates as rect, circle and path elements, until 10 MB.
generate_svg() {
    awk -v target="$target_bytes" 'BEGIN {
        printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12000mm\" height=\"100000mm\" viewBox=\"0 0 12000 100000\">\n";
        size = 120; i = 0;
        while (size < target) {
            x = (i % 100) * 120; y = int(i / 100) * 80;
            s = sprintf("<rect x=\"%d\" y=\"%d\" width=\"100\" height=\"60\" rx=\"3\"/>\n<circle cx=\"%d\" cy=\"%d\" r=\"8\"/>\n", x, y, x + 25, y + 30);
            s = s sprintf("<path d=\"M%d,%d H%d A10,10 0 0 1 %d,%d H%d A10,10 0 0 1 %d,%dZ\"/>\n", x + 50, y + 20, x + 80, x + 80, y + 40, x + 50, x + 50, y + 20);
            printf "%s", s; size += length(s); i++;
        }
        printf "</svg>\n";
    }' > "$work/layout.svg"
}

# Prints the median and 95th percentile (nearest rank) of the seconds on standard input.
stats() {
    sort -g | awk '{ v[NR] = $1 } END {
        median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        rank = int(0.95 * NR + 0.999999); if (rank < 1) rank = 1;
        printf "%.4f %.4f\n", median, v[rank];
    }'
}

# Runs "$@" $runs times and prints the seconds of each run.
time_runs() {
    for ((r = 0; r < runs; r++)); do
        local start end
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        echo "$end - $start" | bc -l
    done
}

report() {
    local file="$1" bytes jar_stats wc_stats
    bytes=$(stat -c %s "$file")
    jar_stats=$(time_runs java -jar "$jar" "$file" | stats)
    wc_stats=$(time_runs wc -l "$file" | stats)
    read -r jar_median jar_p95 <<< "$jar_stats"
    read -r wc_median wc_p95 <<< "$wc_stats"
    awk -v name="$(basename "$file")" -v b="$bytes" -v jm="$jar_median" -v jp="$jar_p95" -v wm="$wc_median" -v wp="$wc_p95" 'BEGIN {
        mb = b / 1e6;
        printf "%-11s %6.2f MB  analysis: median %.3f s (%.1f MB/s), p95 %.3f s (%.1f MB/s)  |  wc -l: median %.4f s (%.0f MB/s), p95 %.4f s  |  wc/analysis %.0fx\n",
            name, mb, jm, mb / jm, jp, mb / jp, wm, mb / wm, wp, jm / wm;
    }'
}

generate_dxf
generate_svg
echo "runs per figure: $runs; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
java -jar "$jar" "$work/layout.dxf" | head -c 300; echo
java -jar "$jar" "$work/layout.svg" | head -c 300; echo
report "$work/layout.dxf"
report "$work/layout.svg"
