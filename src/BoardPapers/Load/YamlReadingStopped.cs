namespace BoardPapers.Load;

/// <summary>Thrown into a loader reading through <see cref="WatchedParser"/> where the pre-scanner says reading must stop; never leaves the YAML stage.</summary>
internal sealed class YamlReadingStopped : Exception
{
    public YamlReadingStopped()
        : base("the pre-scan stopped reading")
    {
    }

    public YamlReadingStopped(string message)
        : base(message)
    {
    }

    public YamlReadingStopped(string message, Exception inner)
        : base(message, inner)
    {
    }
}
