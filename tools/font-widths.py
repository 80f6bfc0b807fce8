#!/usr/bin/env python3
"""Writes src/BoardPapers/Base/FontWidths.cs: the advance widths of Liberation Sans (metric-compatible
with Arial, the house font), regular and bold, in thousandths of the em, for the code points a plan is
likely to print. Run from the repository root: python3 tools/font-widths.py > src/BoardPapers/Base/FontWidths.cs
Reads the TrueType tables with the standard library only (no fontTools needed)."""
import struct, sys

RANGES = [(0x20, 0x17F), (0x2010, 0x2044), (0x20AC, 0x20AC)]

def tables(data):
    count = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        out[tag.decode()] = (offset, length)
    return out

def cmap(data, t):
    base = t["cmap"][0]
    n = struct.unpack(">H", data[base + 2: base + 4])[0]
    for i in range(n):
        platform, encoding, offset = struct.unpack(">HHI", data[base + 4 + 8 * i: base + 12 + 8 * i])
        sub = base + offset
        if platform == 3 and encoding == 1 and struct.unpack(">H", data[sub: sub + 2])[0] == 4:
            segs = struct.unpack(">H", data[sub + 6: sub + 8])[0] // 2
            ends = struct.unpack(">%dH" % segs, data[sub + 14: sub + 14 + 2 * segs])
            p = sub + 16 + 2 * segs
            starts = struct.unpack(">%dH" % segs, data[p: p + 2 * segs]); p += 2 * segs
            deltas = struct.unpack(">%dh" % segs, data[p: p + 2 * segs]); p += 2 * segs
            range_at = p
            ranges = struct.unpack(">%dH" % segs, data[p: p + 2 * segs])
            def glyph(c):
                for k in range(segs):
                    if starts[k] <= c <= ends[k]:
                        if ranges[k] == 0:
                            return (c + deltas[k]) & 0xFFFF
                        at = range_at + 2 * k + ranges[k] + 2 * (c - starts[k])
                        g = struct.unpack(">H", data[at: at + 2])[0]
                        return 0 if g == 0 else (g + deltas[k]) & 0xFFFF
                return 0
            return glyph
    raise SystemExit("no Unicode BMP cmap")

def widths(path):
    data = open(path, "rb").read()
    t = tables(data)
    units = struct.unpack(">H", data[t["head"][0] + 18: t["head"][0] + 20])[0]
    metrics = struct.unpack(">H", data[t["hhea"][0] + 34: t["hhea"][0] + 36])[0]
    hmtx = t["hmtx"][0]
    glyph = cmap(data, t)
    def advance(c):
        g = glyph(c)
        g = min(g, metrics - 1)
        return struct.unpack(">H", data[hmtx + 4 * g: hmtx + 4 * g + 2])[0]
    out = []
    for lo, hi in RANGES:
        out.extend(round(advance(c) * 1000 / units) for c in range(lo, hi + 1))
    return out

folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/liberation"

def chunk(values):
    rows = [",".join(str(x) for x in values[i:i + 32]) for i in range(0, len(values), 32)]
    return " +\n".join('        "' + row + (',"' if i < len(rows) - 1 else '"') for i, row in enumerate(rows))

regular, bold = (widths(f"{folder}/LiberationSans-{name}.ttf") for name in ("Regular", "Bold"))
ranges = ", ".join(f"(0x{lo:X}, 0x{hi:X})" for lo, hi in RANGES)
print(f"""namespace BoardPapers.Base;

/// <summary>
/// Advance widths of Arial, regular and bold, in thousandths of the em, read from Liberation Sans (its
/// metric-compatible twin, so text set in either takes the same room) by tools/font-widths.py. They cover
/// Basic Latin, Latin-1, Latin Extended-A (Welsh ŵ and ŷ among them), general punctuation and the euro sign.
/// </summary>
internal static class FontWidths
{{
    /// <summary>The code point ranges the tables cover, in order.</summary>
    public static readonly (int First, int Last)[] Ranges = [{ranges}];

    public const string Regular =
{chunk(regular)};

    public const string Bold =
{chunk(bold)};
}}""")
