using BoardPapers.Base;

namespace BoardPapers.Templates;

/// <summary>The board HTML a template rendered, or the problems that stopped it.</summary>
public sealed record TemplateResult(string Template, string? Html, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the template rendered without an error.</summary>
    public bool Succeeded => Html is not null && Diagnostics.Count == 0;
}
