#!/usr/bin/env bash
# The whole judging battery for one tree's code, written to OUTDIR:
#   dev and dev2 seed sets (scored), the CHEF and CLIMATE-FEVER dev samples
#   (../shared/eval/external harness), and the hunt and seeds probes
#   (bench/probes.py, every claim's result kept for --diff).
#
#   bench/battery.sh OUTDIR [TREE]     # TREE: a worktree (default: this one)
#
# TREE's code runs with this checkout's .venv (PYTHONPATH=TREE), so a
# worktree of an older commit needs no venv of its own. About ten minutes on
# two cores; compare two runs with
#   .venv/bin/python bench/probes.py hunt --out NEW.json --diff OLD/hunt.json
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"; tree="$(cd "${2:-$here}" && pwd)"
mkdir -p "$out"; out="$(cd "$out" && pwd)"
py="$here/.venv/bin/python"
eval_dir="$(cd "$here/../shared/eval" && pwd)"
export PYTHONPATH="$tree"
cat > "$out/verify" <<EOS
#!/usr/bin/env bash
PYTHONPATH="$tree" exec "$py" -c 'import sys; from checker.cli.main import verify_entry; sys.argv[0] = "verify"; sys.exit(verify_entry())' "\$@"
EOS
chmod +x "$out/verify"
cd "$tree"
for set in dev dev2; do
  "$out/verify" "$eval_dir/$set-claims.yaml" --sources seeds --no-cache --format json \
      --output "$out/$set.json" >/dev/null 2>&1 || true
  "$py" "$eval_dir/score.py" "$eval_dir/$set-gold.yaml" "$out/$set.json" > "$out/$set.score" 2>&1
done
(
  for sample in chef climate-fever; do
    work="$(mktemp -d)"
    "$py" "$eval_dir/external/harness.py" run --sample "$eval_dir/external/$sample-dev.jsonl" \
        --verify "$out/verify" --work "$work" --out "$out/ext-$sample" > "$out/$sample.txt" 2>&1
    rm -rf "$work"
  done
) &
"$py" bench/probes.py hunt --out "$out/hunt.json" > "$out/hunt.txt" 2>&1
"$py" bench/probes.py seeds --out "$out/seeds.json" > "$out/seeds.txt" 2>&1
wait
grep -h "^accuracy" "$out/dev.score" "$out/dev2.score"
grep -h "^| verify |" "$out/chef.txt" "$out/climate-fever.txt"
cat "$out/hunt.txt" "$out/seeds.txt"
