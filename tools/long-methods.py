#!/usr/bin/env python3
"""Lists the methods of src/ at or over a number of lines (default 60), longest first: a method's lines
run from its declaration to the end of its body (its closing brace, or the semicolon ending an expression
body). Usage: python3 tools/long-methods.py [LINES]"""
import os, re, sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 60
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
declaration = re.compile(r"^\s+(?:(?:public|private|internal|protected|static|async|override|sealed|virtual|partial|new)\s+)+[\w<>\[\],.?() ]+?\s+(\w+)\s*(?:<[^>]*>)?\(")
strings = re.compile(r'@?\$*"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)\'')


def end_of(lines, start):
    """The line the member starting at `start` ends on: braces and brackets balanced, then a closing brace or a semicolon."""
    depth, opened = 0, False
    for j in range(start, len(lines)):
        code = strings.sub('""', lines[j]).split("//")[0]
        for ch in code:
            if ch in "({[":
                depth += 1
                opened = opened or ch == "{"
            elif ch in ")}]":
                depth -= 1
            elif ch == ";" and depth == 0:
                return j
        if depth == 0 and opened and code.rstrip().endswith("}"):
            return j
    return len(lines) - 1


found = []
for folder, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if d not in ("bin", "obj")]
    for name in files:
        if name.endswith(".cs"):
            path = os.path.join(folder, name)
            lines = open(path, encoding="utf-8").read().split("\n")
            for i, line in enumerate(lines):
                m = declaration.match(line)
                if m and not line.rstrip().endswith(";") and " new(" not in line and "=" not in line.split("(")[0]:
                    length = end_of(lines, i) - i + 1
                    if length >= limit:
                        found.append((length, os.path.relpath(path, root), m.group(1), i + 1))
for length, path, method, line in sorted(found, reverse=True):
    print(f"{length:4} {path}:{line} {method}")
print(f"{len(found)} methods of {limit} lines or more", file=sys.stderr)
