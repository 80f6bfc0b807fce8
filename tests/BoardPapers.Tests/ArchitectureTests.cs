using System.Text.RegularExpressions;
using BoardPapers.Testing;

namespace BoardPapers.Tests;

/// <summary>
/// The core library's folders show the pipeline and depend one way: base, then model and format, load,
/// validate, templates, papers, writers, diff, packs, check, jobs. A file may use its own folder and any folder
/// before it, never one after. Read from the source, so a wrong-way `using`, qualified name or cref fails here.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>The folders in pipeline order; folders of equal rank may not use each other either.</summary>
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Base"] = 0,
        ["Calendar"] = 1,
        ["Model"] = 2,
        ["Format"] = 2,
        ["Markup"] = 2,
        ["Load"] = 3,
        ["Validate"] = 4,
        ["Templates"] = 5,
        ["Papers"] = 6,
        ["Writers"] = 7,
        ["Diff"] = 8,
        ["Packs"] = 9,
        ["Updates"] = 9,
        ["Import"] = 9,
        ["Notices"] = 9,
        ["Check"] = 10,
        ["Site"] = 10,
        ["Jobs"] = 11,
    };

    private static string Core => Path.Combine(RepoPaths.Root, "src", "BoardPapers");

    [Fact]
    public void Every_folder_of_the_core_is_a_known_layer()
    {
        var folders = Directory.GetDirectories(Core).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Layers.Keys.Order(StringComparer.Ordinal), folders);
        Assert.Empty(Directory.GetFiles(Core, "*.cs"));
    }

    [Fact]
    public void No_folder_depends_on_a_folder_after_it()
    {
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Core, file).Replace('\\', '/');
            var layer = relative.Split('/')[0];
            if (!Layers.TryGetValue(layer, out var rank))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var used in References(lines[i]))
                {
                    if (used != layer && Layers[used] >= rank)
                    {
                        wrong.Add($"{relative}:{i + 1}: {layer} uses {used}: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "Wrong-way dependencies:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// Finer than the layers: a check predicts print from <c>Papers/PaperLayout</c>, never from a writer;
    /// a writer's own folders (Docx, Html, Pdf) are used only by the writers and by packs, which measure
    /// pages and build PDF navigation; everything else writes through <c>PaperWriter</c>.
    /// </summary>
    [Theory]
    [InlineData("Check", @"\bWriters\b")]
    [InlineData("Diff", @"\bWriters\.(?:Docx|Html|Pdf)\b")]
    [InlineData("Jobs", @"\bWriters\.(?:Docx|Html|Pdf)\b")]
    public void A_folder_does_not_reach_into_what_it_should_not(string folder, string forbidden)
    {
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = StringLiteral().Replace(lines[i], "\"\"");
                var comment = code.IndexOf("//", StringComparison.Ordinal);
                if (Regex.IsMatch(comment >= 0 && !code.TrimStart().StartsWith("///", StringComparison.Ordinal) ? code[..comment] : code, forbidden))
                {
                    wrong.Add($"{Path.GetRelativePath(Core, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{folder} reaches where it should not:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// The hosts only ask and present: no command or handler loads, renders, compares or builds a pack
    /// itself, or writes files other than through the one set writer; each calls a job.
    /// </summary>
    [Fact]
    public void Hosts_call_jobs_rather_than_assemble_them()
    {
        var assembling = new Regex(@"new (?:PlanLoader|MeetingLoader|PaperRenderer|PackBuilder|PackComposer|PaperWriter)\(|PlanComparison\.Compare\(|StatusHistory\.Read\(|AtomicFile\.WriteAll\(|TemplateFolders\.Overlay\(");
        var wrong = new List<string>();
        foreach (var project in new[] { "BoardPapers.Cli", "BoardPapers.Serve" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", project), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Where(f => Path.GetFileName(f) != "JobOutput.cs")) // the command's one writer of a job's files
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (assembling.IsMatch(lines[i]))
                    {
                        wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "Hosts assembling a job themselves:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_source_file_declares_one_type_named_as_the_file()
    {
        var wrong = new List<string>();
        foreach (var project in new[] { "BoardPapers", "BoardPapers.Cli", "BoardPapers.Serve" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", project), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Where(f => Path.GetFileName(f) != "Program.cs")) // top-level statements: the command's entry point
            {
                var types = TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToList();
                var expected = Path.GetFileNameWithoutExtension(file).Split('.')[0];
                if (types.Count != 1 || types[0] != expected)
                {
                    wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: declares {(types.Count == 0 ? "no type" : string.Join(", ", types))}");
                }
            }
        }

        Assert.True(wrong.Count == 0, "One type per file, named as the file:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Only_the_file_door_opens_files_for_reading()
    {
        var wrong = new List<string>();
        foreach (var project in new[] { "BoardPapers", "BoardPapers.Cli", "BoardPapers.Serve" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", project), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                if (relative == "src/BoardPapers/Base/FileDoor.cs")
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var code = StringLiteral().Replace(lines[i], "\"\"");
                    if (!code.TrimStart().StartsWith("//", StringComparison.Ordinal) && FileOpening().IsMatch(code))
                    {
                        wrong.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "Files opened around the file door (Base/FileDoor.cs):\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("var b = File.ReadAllBytes(path);")]
    [InlineData("using var s = File.OpenRead(path);")]
    [InlineData("using var s = new FileStream(path, FileMode.Open);")]
    [InlineData("using var r = new StreamReader(file);")]
    [InlineData("using var z = ZipFile.OpenRead(path);")]
    [InlineData("var t = File.ReadLines(path);")]
    [InlineData("using var s = new FileInfo(path).OpenRead();")]
    [InlineData("var h = File.OpenHandle(path);")]
    public void The_file_door_test_sees_every_way_of_opening_a_file(string line) => Assert.Matches(FileOpening(), line);

    [Fact]
    public void The_reference_finder_sees_usings_qualified_names_and_crefs_but_not_strings()
    {
        Assert.Equal(["Packs"], References("using BoardPapers.Packs;"));
        Assert.Equal(["Writers"], References("using static BoardPapers.Writers.Docx.DocxWriter;"));
        Assert.Equal(["Diff"], References("        var x = Diff.PlanVersions.Load(spec);"));
        Assert.Equal(["Check"], References("/// <see cref=\"BoardPapers.Check.CheckReport\"/>"));
        Assert.Empty(References("        var y = PlanVersions.Load(spec); // Load.Me"));
        Assert.Empty(References("        var z = \"Diff.Something\";"));
    }

    /// <summary>The core folders a line of C# names: usings, BoardPapers.X qualified names, and X.Type names.</summary>
    private static IEnumerable<string> References(string line)
    {
        // A documentation comment's crefs are references; other comments and strings are not.
        var code = line;
        if (!line.TrimStart().StartsWith("///", StringComparison.Ordinal))
        {
            code = StringLiteral().Replace(line, "\"\"");
            var comment = code.IndexOf("//", StringComparison.Ordinal);
            code = comment >= 0 ? code[..comment] : code;
        }

        return QualifiedName().Matches(code)
            .Select(m => m.Groups["layer"].Value)
            .Where(Layers.ContainsKey)
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>A type declared at the top level of a file-scoped namespace (column 0).</summary>
    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|abstract|partial|readonly|file)\s+)*(?:class|record(?:\s+struct|\s+class)?|struct|enum|interface)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();

    /// <summary>Every way .NET opens a file for reading by its path (writes go through AtomicFile).</summary>
    [GeneratedRegex(@"\bFile\.(?:Read\w*|Open\w*)\(|new\s+(?:FileStream|StreamReader)\(|\bZipFile\.Open|\.(?:OpenRead|OpenText)\(|\bXmlReader\.Create\(\s*[a-z]\w*\s*[,)]")]
    private static partial Regex FileOpening();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?:\bBoardPapers\.|(?<![\w.])(?=[A-Z]\w*\.[A-Z]))(?<layer>[A-Z]\w*)\b")]
    private static partial Regex QualifiedName();
}
