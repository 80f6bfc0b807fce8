using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace BoardPapers.Base;

/// <summary>
/// A picture a plan may carry: PNG, JPEG or SVG, told by its bytes (never its name), bounded in size, with
/// its size in pixels. An SVG may not reach outside itself: no script, no foreign objects, no links or
/// images but to its own `#` places, no DTD, so that opening the paper fetches nothing.
/// </summary>
public sealed record ImageFile(string ContentType, int Width, int Height, byte[] Bytes)
{
    /// <summary>The largest image file a plan may use.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The largest side, in pixels, an image may have.</summary>
    public const int MaxSide = 20_000;

    /// <summary>The image as a data address, which every writer reads and nothing fetches.</summary>
    public string DataUri => $"data:{ContentType};base64,{Convert.ToBase64String(Bytes)}";

    /// <summary>Reads an image, or says in plain words why it cannot be used.</summary>
    public static (ImageFile? Image, string? Problem) Read(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, $"the image is {bytes.Length / 1024:N0} KiB, over the limit of {MaxBytes / 1024 / 1024} MiB; make it smaller");
        }

        var (type, width, height, problem) = bytes switch
        {
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png(bytes),
            [0xFF, 0xD8, 0xFF, ..] => Jpeg(bytes),
            _ => Svg(bytes),
        };
        if (problem is not null)
        {
            return (null, problem);
        }

        return width < 1 || height < 1 || width > MaxSide || height > MaxSide
            ? (null, $"the image is {width} by {height} pixels; each side must be 1 to {MaxSide:N0}")
            : (new ImageFile(type, width, height, bytes), null);
    }

    /// <summary>Reads an image from a data address this class wrote; null for anything else.</summary>
    public static ImageFile? FromDataUri(string? uri)
    {
        foreach (var type in new[] { "image/png", "image/jpeg", "image/svg+xml" })
        {
            var prefix = $"data:{type};base64,";
            if (uri is not null && uri.StartsWith(prefix, StringComparison.Ordinal) && uri.Length - prefix.Length <= (MaxBytes / 3 * 4) + 4)
            {
                var bytes = new byte[(uri.Length - prefix.Length) / 4 * 3];
                return Convert.TryFromBase64String(uri[prefix.Length..], bytes, out var written)
                    && Read(bytes[..written]) is ({ } image, null) && image.ContentType == type ? image : null;
            }
        }

        return null;
    }

    private static (string, int, int, string?) Png(byte[] bytes) =>
        bytes.Length >= 24 && bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8)
            ? ("image/png", (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)), int.MaxValue), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20)), int.MaxValue), null)
            : ("", 0, 0, "the file starts like a PNG but has no image header; save it again as PNG");

    // A JPEG's size is in its start-of-frame segment; segments are walked by their lengths.
    private static (string, int, int, string?) Jpeg(byte[] bytes)
    {
        var at = 2;
        while (at + 9 < bytes.Length && bytes[at] == 0xFF)
        {
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ("image/jpeg", BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 5)), null);
            }

            at += 2 + length;
        }

        return ("", 0, 0, "the file starts like a JPEG but its size cannot be read; save it again as JPEG");
    }

    private static (string, int, int, string?) Svg(byte[] bytes)
    {
        const string Unknown = "the file is not a PNG, JPEG or SVG image; save the picture in one of those";
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxBytes, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            var root = true;
            (int Width, int Height) size = (0, 0);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root)
                {
                    if (reader.LocalName != "svg")
                    {
                        return ("", 0, 0, Unknown);
                    }

                    size = SvgSize(reader);
                    root = false;
                }

                if (reader.LocalName is "script" or "foreignObject" or "iframe" or "object" or "embed" or "handler" or "listener")
                {
                    return ("", 0, 0, $"the SVG has a <{reader.LocalName}> element, which a paper may not carry; remove it");
                }

                // Animation can set any attribute later (an href to javascript:, an on* handler): a paper is still.
                if (reader.LocalName is "animate" or "set" or "animateMotion" or "animateTransform" or "animateColor" or "discard")
                {
                    return ("", 0, 0, $"the SVG has an animation (<{reader.LocalName}>), which can change a link or add a script as it plays and which no paper prints; remove it");
                }

                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    var value = reader.Value.Trim();
                    var reaches = (reader.LocalName == "href" && !value.StartsWith('#'))
                        || reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                        || value.Replace(" ", "", StringComparison.Ordinal).Contains("url(", StringComparison.OrdinalIgnoreCase) && !value.Replace(" ", "", StringComparison.Ordinal).Contains("url(#", StringComparison.OrdinalIgnoreCase);
                    if (reaches)
                    {
                        return ("", 0, 0, $"the SVG's `{reader.Name}` reaches outside the image or runs a script, which a paper may not carry; remove it");
                    }
                }

                reader.MoveToElement();
                if (reader.LocalName == "style" && reader.ReadElementContentAsString().Contains("url(", StringComparison.OrdinalIgnoreCase))
                {
                    return ("", 0, 0, "the SVG's style sheet loads something (url(...)), which a paper may not carry; remove it");
                }
            }

            return root ? ("", 0, 0, Unknown) : ("image/svg+xml", size.Width, size.Height, null);
        }
        catch (XmlException)
        {
            return ("", 0, 0, Unknown);
        }
    }

    // width and height in pixels (or plain numbers), else the viewBox's size.
    private static (int Width, int Height) SvgSize(XmlReader reader)
    {
        static double? Number(string? text)
        {
            var trimmed = text?.Trim();
            trimmed = trimmed is not null && trimmed.EndsWith("px", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
            return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
        }

        var width = Number(reader.GetAttribute("width"));
        var height = Number(reader.GetAttribute("height"));
        var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if ((width is null || height is null) && box is [_, _, var w, var h])
        {
            width ??= Number(w);
            height ??= Number(h);
        }

        return ((int)Math.Round(Math.Min(width ?? 0, MaxSide + 1)), (int)Math.Round(Math.Min(height ?? 0, MaxSide + 1)));
    }
}
