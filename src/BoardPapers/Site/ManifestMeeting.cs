namespace BoardPapers.Site;

/// <summary>A meeting as the site's manifest records it: the fingerprint of what its packs were built from, and the files they gave with their SHA-256.</summary>
public sealed record ManifestMeeting(string Fingerprint, IReadOnlyDictionary<string, string> Files);
