using AngleSharp.Dom;
using BoardPapers.Base;
using DocumentFormat.OpenXml.Packaging;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// Board HTML to a Word document. Deterministic: explicit relationship ids, properties from the plan,
/// and a zip rewritten with fixed entry times, so the same plan gives the same bytes.
/// </summary>
public static class DocxWriter
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string DocumentPart = "word/document.xml";

    /// <summary>Board HTML as a Word document's bytes.</summary>
    public static byte[] Write(IElement article, DocxOptions options)
    {
        using var stream = new MemoryStream();

        // document.xml is written as the body is: each block leaves memory once nothing can change it, and
        // the text goes straight into the final zip (the package keeps an empty part in its place).
        using var body = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // Stored, not compressed: StablePackage rewrites the zip and compresses each part once.
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var main = document.AddMainDocumentPart();
            using var house = HouseDocument.Open(options.ReferenceDoc);
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = house.Styles;
            var sheet = new StyleSheet(house.Styles);
            var pages = new PageSetup(main, house, article.GetAttribute("data-draft"));

            using (var xml = System.Xml.XmlWriter.Create(body, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false }))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("w", "document", WordNamespace);
                xml.WriteStartElement("w", "body", WordNamespace);
                var renderer = new DocxRenderer(main, sheet, pages, options.Renderers ?? DocxRenderers.Default(), xml)
                {
                    RevisionAuthor = article.GetAttribute("data-revision-author") ?? options.Author ?? "BoardPapers",
                };

                renderer.WriteBlocks(article);
                pages.Finish(renderer);
                renderer.SettleAll();
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndDocument();
                if (!renderer.Numbering.IsEmpty)
                {
                    main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = renderer.Numbering.Build();
                }

                // As Word's own contents lists do: page numbers are fields, filled when the document opens.
                if (renderer.UpdateFieldsOnOpen)
                {
                    main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new DocumentFormat.OpenXml.Wordprocessing.Settings(new DocumentFormat.OpenXml.Wordprocessing.UpdateFieldsOnOpen { Val = true });
                }
            }

            var date = options.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            document.PackageProperties.Title = article.GetAttribute("data-title") is { } title ? XmlText.Clean(title) : null;
            document.PackageProperties.Creator = options.Author is null ? null : XmlText.Clean(options.Author);
            document.PackageProperties.Language = options.Language;
            document.PackageProperties.Created = date;
            document.PackageProperties.Modified = date;
        }

        return StablePackage.Normalise(stream.ToArray(), DocumentPart, body);
    }
}
