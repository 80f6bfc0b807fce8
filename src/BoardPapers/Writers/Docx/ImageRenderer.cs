using AngleSharp.Dom;
using BoardPapers.Base;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// img: a picture the paper pipeline embedded (a PNG, JPEG or SVG data address) becomes an inline picture
/// at its own size, shrunk to fit the text or cell width, with its alt text as the picture's description
/// for screen readers. An SVG is stored as itself and marked as SVG for Word 2016 and later. Any other
/// image prints its alt text in brackets and italics, so the description is never lost.
/// </summary>
internal sealed class ImageRenderer : IDocxElementRenderer
{
    private const string SvgExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private const long EmuPerPixel = 9525;
    private const long EmuPerTwip = 635;

    public bool Accepts(IElement element) => element.LocalName == "img";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var alt = element.GetAttribute("alt") ?? "";
        if (ImageFile.FromDataUri(element.GetAttribute("src")) is not { } image)
        {
            renderer.WithFormat(f => f with { Italic = true }, () => renderer.AddText($"[{alt}]"));
            return;
        }

        var id = renderer.ImageId(image);
        var (width, height) = Fit(image, renderer.AvailableWidth() * EmuPerTwip);
        var number = (uint)renderer.NextDrawingId();
        var blip = new A.Blip { Embed = id };
        if (image.ContentType == "image/svg+xml")
        {
            var svg = new OpenXmlUnknownElement("asvg", "svgBlip", "http://schemas.microsoft.com/office/drawing/2016/SVG/main");
            svg.SetAttribute(new OpenXmlAttribute("r", "embed", "http://schemas.openxmlformats.org/officeDocument/2006/relationships", id));
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(svg) { Uri = SvgExtension }));
        }

        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = number, Name = $"Picture {number}", Description = alt },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = number, Name = $"Picture {number}", Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
        renderer.Append(renderer.NewRun(new DocumentFormat.OpenXml.Wordprocessing.Drawing(inline)));
    }

    /// <summary>The picture's size in EMUs: its pixels at 96 dpi, scaled down (never up) to the width available.</summary>
    private static (long Width, long Height) Fit(ImageFile image, long available)
    {
        var width = image.Width * EmuPerPixel;
        var height = image.Height * EmuPerPixel;
        if (width <= available)
        {
            return (width, height);
        }

        return (available, Math.Max(EmuPerPixel, height * available / width));
    }
}
