using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>strong/b, em/i, u, code and span: formatting passed down to the runs inside.</summary>
internal sealed class EmphasisRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName is "strong" or "b" or "em" or "i" or "u" or "code" or "span";

    public void Write(DocxRenderer renderer, IElement element) =>
        renderer.WithFormat(
            f => element.LocalName switch
            {
                "strong" or "b" => f with { Bold = true },
                "em" or "i" => f with { Italic = true },
                "u" => f with { Underline = true },
                "code" => f with { CharacterStyle = HouseStyles.Code },
                _ => f,
            },
            () => renderer.WriteInlines(element));
}
