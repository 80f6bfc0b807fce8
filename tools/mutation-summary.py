#!/usr/bin/env python3
"""The score per file of one or more Stryker JSON reports, and every mutant no test killed.

Usage: mutation-summary.py FOLDER|REPORT... [--took SECONDS] [--survivors FILE]
A folder stands for every artifacts/mutation/<run>/reports/mutation-report.json below it. Where two reports
measured the same file: if its source differs, the newer report counts; if it is the same source, a mutant
counts as killed when any report's tests killed it (a narrow run with coverage analysis off, say, beside a
wide one whose per-test coverage missed a theory's rows), else as the newer report says.
"""
import glob, json, os, sys

args, took, survivors = [], None, None
it = iter(sys.argv[1:])
for a in it:
    if a == "--took":
        took = int(next(it))
    elif a == "--survivors":
        survivors = next(it)
    else:
        args.append(a)

reports = []
for a in args:
    if os.path.isdir(a):
        reports += glob.glob(os.path.join(a, "*", "reports", "mutation-report.json"))
    else:
        reports.append(a)
if not reports:
    sys.exit("mutation: no report found (run bash tools/mutation.sh first)")

keys = {"Killed": "killed", "Survived": "survived", "NoCoverage": "nocover", "Timeout": "timeout"}

# A report lists every file of the project; only those it measured (a mutant with a result) count from it.
def mutant_key(m):
    start, end = m["location"]["start"], m["location"]["end"]
    return (start["line"], start["column"], end["line"], end["column"], m["mutatorName"], m.get("replacement"))

files = {}
for path in sorted(reports, key=os.path.getmtime):
    for name, file in json.load(open(path, encoding="utf-8"))["files"].items():
        if not any(m["status"] in keys for m in file["mutants"]):
            continue
        name = name.split("src/BoardPapers/")[-1]
        earlier = files.get(name)
        if earlier is not None and earlier["source"] == file["source"]:
            killed = {mutant_key(m): m for m in earlier["mutants"] if m["status"] in ("Killed", "Timeout")}
            file["mutants"] = [killed.get(mutant_key(m), m) if m["status"] not in ("Killed", "Timeout") else m for m in file["mutants"]]
        files[name] = file

totals = dict.fromkeys(keys.values(), 0)
print(f"{'file':45} {'score':>6} {'killed':>7} {'survived':>9} {'no cover':>9} {'timeout':>8}")
for name, file in sorted(files.items()):
    counts = dict.fromkeys(keys.values(), 0)
    for mutant in file["mutants"]:
        if mutant["status"] in keys:
            counts[keys[mutant["status"]]] += 1
    valid = sum(counts.values())
    for k in totals:
        totals[k] += counts[k]
    score = 100 * (counts["killed"] + counts["timeout"]) / valid
    print(f"{name:45} {score:5.1f}% {counts['killed']:7} {counts['survived']:9} {counts['nocover']:9} {counts['timeout']:8}")
valid = sum(totals.values())
score = 100 * (totals["killed"] + totals["timeout"]) / valid if valid else 0
print(f"{'all':45} {score:5.1f}% {totals['killed']:7} {totals['survived']:9} {totals['nocover']:9} {totals['timeout']:8}")
if took is not None:
    print(f"took {took // 60} min {took % 60} s")

# Every mutant no test killed, file by file, with its line and what it changed: the list to work from.
if survivors:
    with open(survivors, "w", encoding="utf-8") as out:
        for name, file in sorted(files.items()):
            lines = file["source"].split("\n")
            left = sorted((m for m in file["mutants"] if m["status"] in ("Survived", "NoCoverage")),
                          key=lambda m: m["location"]["start"]["line"])
            if not left:
                continue
            out.write(f"{name}\n")
            for m in left:
                line = m["location"]["start"]["line"]
                status = "not covered" if m["status"] == "NoCoverage" else "survived"
                out.write(f"  {line:4} {status:11} {m['mutatorName']}: {m.get('replacement', '')[:80]}\n"
                          f"       {lines[line - 1].strip()[:100]}\n")
    print(f"surviving mutants: {survivors}")
