using BoardPapers.Base;
using BoardPapers.Load;

namespace BoardPapers.Validate;

/// <summary>
/// Loads a meeting as every host does: read it with the files it names (<see cref="MeetingReader"/>), then
/// check its rules (<see cref="MeetingRules"/>). Never throws for a user's mistake.
/// </summary>
public sealed class MeetingLoader(LoadLimits? limits = null, FileRoot? root = null)
{
    private readonly MeetingReader reader = new(limits, root);

    /// <summary>Loads a meeting file; <paramref name="displayPath"/> is how diagnostics name it (other files are named relative to it).</summary>
    public MeetingLoadResult LoadFile(string path, string? displayPath = null)
    {
        var read = reader.LoadFile(path, displayPath);
        return read.Meeting is null ? read : read with { Diagnostics = Diagnostic.Sort([.. read.Diagnostics, .. MeetingRules.Check(read.Meeting)]) };
    }
}
