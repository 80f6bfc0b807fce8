namespace BoardPapers.Serve;

/// <summary>What the service serves and how: the folder of plans and meetings, where it listens, the templates, and its limits.</summary>
public sealed record ServeOptions(string Folder, string Host = "127.0.0.1", int Port = 8080)
{
    /// <summary>The templates folders, searched in order.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>A house .docx whose styles, page, headers and footers every Word and PDF paper and pack uses (--reference-doc).</summary>
    public string? ReferenceDoc { get; init; }

    /// <summary>Whether every PDF is also PDF/A-2b, for archiving (--pdf-archive).</summary>
    public bool PdfArchive { get; init; }

    /// <summary>Host names the service answers to besides the loopback ones and the address it listens on (--allowed-host).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>The largest request body accepted (a plan's YAML): the loader's own file limit.</summary>
    public long MaxBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Whether the members' edition of packs (exempt information included) is served; off for a service others can reach.</summary>
    public bool MembersEdition { get; init; } = true;

    /// <summary>How long one render may take before the request is answered 503.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a request waits for one of the render slots before it is answered 503.</summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many renders (and pack builds) run at once; more wait up to <see cref="QueueTimeout"/>.</summary>
    public int MaxConcurrentRenders { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// The bytes of plans being read and rendered at once. A render's memory is up to about 150 times the
    /// plan it reads (a 7 MB plan peaks near 1 GB), so big plans run one at a time and small ones side by side.
    /// </summary>
    public long MaxRenderBytes { get; init; } = 8 * 1024 * 1024;
}
