namespace BoardPapers.Cli;

/// <summary>What <c>serve</c> may show to machines other than this one.</summary>
internal enum Exposure
{
    /// <summary>Nothing was said: a non-loopback address is refused.</summary>
    Default,

    /// <summary>--public-only: never the members' edition.</summary>
    PublicOnly,

    /// <summary>--allow-members-remote: the members' edition too, knowingly.</summary>
    MembersRemote,
}
