using System.Text;
using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// What an officer is told when the file itself is wrong before any YAML is read: bytes that are not UTF-8
/// or binary data, reported at the line and column where they start; a file over the size limit, with both
/// sizes; a file that cannot be read; a file with nothing in it. A file exactly at the limit is read.
/// </summary>
public sealed class PlanFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-file-").FullName;

    private const string Plan = "format: 1\nplan: { title: Bytes }\nthemes:\n  - { ref: A, title: Theme }\n";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Diagnostic Only(LoadResult loaded) => Assert.Single(loaded.Diagnostics);

    [Fact]
    public void Bytes_that_are_not_UTF8_are_reported_where_they_start()
    {
        // Line 4, after "  - { ref: A, title: Th": a Latin-1 "é" (0xE9) as a spreadsheet might save it.
        var bytes = Encoding.UTF8.GetBytes(Plan.Replace("Theme", "Th\u0001me", StringComparison.Ordinal));
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xE9;

        var error = Only(new PlanLoader().LoadBytes(bytes, "plan.yaml"));

        Assert.Equal("plan.yaml:4:24: error BP004: the file is not UTF-8 text (an invalid byte sequence); save it as UTF-8", error.ToString());
    }

    [Fact]
    public void Binary_data_is_reported_where_the_first_NUL_byte_is()
    {
        var bytes = Encoding.UTF8.GetBytes(Plan.Replace("title: Bytes", "title: By\0tes", StringComparison.Ordinal));

        var error = Only(new PlanLoader().LoadBytes(bytes, "plan.yaml"));

        Assert.Equal("plan.yaml:2:18: error BP004: the file contains binary data (a NUL byte); a plan is UTF-8 text", error.ToString());
    }

    [Fact]
    public void A_file_exactly_at_the_size_limit_is_read_and_one_byte_more_is_refused_with_both_sizes()
    {
        var limit = 2L * 1024 * 1024;
        var limits = new LoadLimits { MaxFileBytes = limit };
        var padding = new string('#', (int)limit - Plan.Length - 1) + "\n";
        var atLimit = Path.Combine(folder, "at-limit.yaml");
        var over = Path.Combine(folder, "over.yaml");
        File.WriteAllText(atLimit, Plan + padding);
        File.WriteAllText(over, Plan + padding + "\n");
        Assert.Equal(limit, new FileInfo(atLimit).Length);

        Assert.DoesNotContain(new PlanLoader(limits).LoadFile(atLimit).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(
            "over.yaml:1:1: error BP002: the file is 2,097,153 bytes, over the limit of 2,097,152 bytes (2 MiB); split the plan into smaller files",
            Only(new PlanLoader(limits).LoadFile(over, "over.yaml")).ToString());
        Assert.Equal(
            "posted.yaml:1:1: error BP002: the plan is 3 MiB, over the limit of 2 MiB; split the plan into smaller files",
            Only(new PlanLoader(limits).LoadBytes(new byte[3 * 1024 * 1024], "posted.yaml")).ToString());
    }

    [Fact]
    public void A_plan_saved_as_UTF16_is_refused_at_its_first_character()
    {
        // Windows "Unicode": a byte-order mark FF FE that is not UTF-8; without one, big-endian text starts with a NUL byte.
        var littleEndian = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Plan)).ToArray();
        var bigEndian = Encoding.BigEndianUnicode.GetBytes(Plan);

        Assert.Equal("plan.yaml:1:1: error BP004: the file is not UTF-8 text (an invalid byte sequence); save it as UTF-8", Only(new PlanLoader().LoadBytes(littleEndian, "plan.yaml")).ToString());
        Assert.Equal("plan.yaml:1:1: error BP004: the file contains binary data (a NUL byte); a plan is UTF-8 text", Only(new PlanLoader().LoadBytes(bigEndian, "plan.yaml")).ToString());
    }

    [Theory]
    [InlineData(100, 150, "the plan is 150 bytes, over the limit of 100 bytes")]
    [InlineData(2048, 3000, "the plan is 2.9 KiB, over the limit of 2 KiB")]
    [InlineData(2048, 2049, "the plan is 2,049 bytes, over the limit of 2,048 bytes (2 KiB)")]
    [InlineData(16 * 1024 * 1024, 17 * 1024 * 1024, "the plan is 17 MiB, over the limit of 16 MiB")]
    public void A_size_over_the_limit_is_told_in_units_that_show_the_difference(long limit, int size, string says)
    {
        var error = Only(new PlanLoader(new LoadLimits { MaxFileBytes = limit }).LoadBytes(new byte[size], "posted.yaml"));

        Assert.Equal($"posted.yaml:1:1: error BP002: {says}; split the plan into smaller files", error.ToString());
    }

    [Fact]
    public void Text_over_the_limit_is_refused_before_it_is_read()
    {
        var text = Plan + new string('#', 2048 - Plan.Length) + "\n";

        var error = Only(new PlanLoader(new LoadLimits { MaxFileBytes = 2048 }).LoadText(text, "posted.yaml"));

        Assert.Equal("posted.yaml:1:1: error BP002: the plan is over the limit of 2 KiB; split the plan into smaller files", error.ToString());
    }

    [Fact]
    public void A_file_that_cannot_be_read_says_why()
    {
        var error = Only(new PlanLoader().LoadFile(folder, "plans"));

        Assert.Equal(Codes.Unreadable, error.Code);
        Assert.Equal("plans:1:1: error BP001: cannot read the file: it is a folder, not a regular file; name a plan file", error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("---\n")]
    public void A_file_with_nothing_in_it_says_what_a_plan_needs(string text)
    {
        Assert.Equal(
            "plan.yaml:1:1: error BP003: the file is empty; a plan needs at least `format: 1`, `plan:` with a title, and `themes:`",
            Only(new PlanLoader().LoadText(text, "plan.yaml")).ToString());
    }

    [Fact]
    public void An_explicit_key_with_nothing_in_it_is_a_syntax_error_saying_how_keys_are_written_not_a_crash()
    {
        var error = Only(new PlanLoader().LoadText("format: 1\nthemes:\n  - ? : x\n", "plan.yaml"));

        // The parser gives no position for this one: it is reported where reading stopped.
        Assert.Equal(Codes.Syntax, error.Code);
        Assert.Contains("write each key as a word followed by a colon", error.Message, StringComparison.Ordinal);
    }
}
