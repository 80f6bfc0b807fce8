using Scriban.Parsing;
using Scriban.Syntax;

namespace BoardPapers.Templates;

/// <summary>A partial that does not parse, raised at the mistake inside the partial rather than at the include.</summary>
internal sealed class PartialSyntaxError(SourceSpan span, string message) : ScriptRuntimeException(span, message);
