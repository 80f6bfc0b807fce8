using System.IO.Compression;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Validate;
using DocumentFormat.OpenXml.Packaging;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14, item 3: local images with alt text, confined to the plan's folder, PNG, JPEG or SVG, size
/// bounded, embedded in Word and HTML; check reports at the image whatever would not print.
/// </summary>
public sealed class ImageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-images-").FullName;

    public ImageTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "figures"));
        File.WriteAllBytes(Path.Combine(folder, "figures", "bar.png"), Png(400, 120));
        File.WriteAllText(Path.Combine(folder, "figures", "chart.svg"), Svg("<rect width=\"200\" height=\"40\" fill=\"#d4351c\"/>"));
        File.WriteAllBytes(Path.Combine(folder, "figures", "photo.jpg"), Jpeg(640, 480));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Plan(string summary) => $$"""
        format: 2
        plan:
          title: Pictures
          summary: |-
            {{summary.Replace("\n", "\n    ", StringComparison.Ordinal)}}
        themes:
          - ref: "1"
            title: One
            actions:
              - { ref: "1.1", text: "Trend ![Referrals rising](figures/bar.png)", lead: Head of Service }
        """;

    private Load.LoadResult Load(string summary)
    {
        var path = Path.Combine(folder, "plan.yaml");
        File.WriteAllText(path, Plan(summary));
        return new PlanLoader().LoadFile(path);
    }

    [Fact]
    public void Png_and_svg_beside_the_plan_are_embedded_in_word_and_html_with_their_alt_text()
    {
        var loaded = Load("![Referrals by quarter](figures/bar.png)\n\n![Red and green actions](figures/chart.svg)");
        Assert.Empty(loaded.Diagnostics);

        var (html, docx) = Security.HostilePlan.Render(loaded);

        Assert.Contains("<img src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Referrals by quarter\" width=\"400\" height=\"120\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        Assert.Contains(".bp-paper img{max-width:100%;height:auto}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("figures/", html, StringComparison.Ordinal);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var images = document.MainDocumentPart!.ImageParts.Select(p => p.ContentType).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["image/png", "image/svg+xml"], images); // bar.png is used twice and stored once
        var descriptions = document.MainDocumentPart.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description?.Value).ToList();
        Assert.Equal(["Referrals by quarter", "Red and green actions", "Referrals rising"], descriptions);
        Assert.Contains("svgBlip", document.MainDocumentPart.Document.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_wider_than_a_table_cell_is_shrunk_to_it_keeping_its_proportions()
    {
        var (_, docx) = Security.HostilePlan.Render(Load("Text."));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var extent = Assert.Single(document.MainDocumentPart!.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>());
        Assert.True(extent.Cx!.Value < 400 * 9525, $"width {extent.Cx.Value} EMU is not below the picture's own");
        Assert.Equal(400.0 / 120, (double)extent.Cx.Value / extent.Cy!.Value, 2);
    }

    [Fact]
    public void The_same_plan_gives_the_same_word_bytes()
    {
        var loaded = Load("![Referrals by quarter](figures/bar.png)\n\n![Red and green actions](figures/chart.svg)");

        Assert.Equal(Security.HostilePlan.Render(loaded).Docx, Security.HostilePlan.Render(loaded).Docx);
    }

    [Theory]
    [InlineData("![Missing](figures/none.png)", "there is no image file `figures/none.png`")]
    [InlineData("![Text](notes.png)", "is not a PNG, JPEG or SVG image")]
    [InlineData("![Script](bad-script.svg)", "has a <script> element")]
    [InlineData("![Remote](bad-remote.svg)", "reaches outside the image")]
    [InlineData("![Handler](bad-onload.svg)", "runs a script")]
    [InlineData("![Styled](bad-style.svg)", "loads something")]
    [InlineData("![Entity](bad-dtd.svg)", "is not a PNG, JPEG or SVG image")]
    [InlineData("![Huge](huge.png)", "over the limit of 5 MiB")]
    [InlineData("![Giant](giant.png)", "each side must be 1 to 20,000")]
    [InlineData("![Up](../outside.png)", "no leading / and no ..")]
    public void An_image_that_would_not_print_is_an_error_at_the_image(string markdown, string expected)
    {
        File.WriteAllText(Path.Combine(folder, "notes.png"), "not a picture");
        File.WriteAllText(Path.Combine(folder, "bad-script.svg"), Svg("<script>alert(1)</script>"));
        File.WriteAllText(Path.Combine(folder, "bad-remote.svg"), Svg("<image href=\"https://example.org/x.png\" width=\"1\" height=\"1\"/>"));
        File.WriteAllText(Path.Combine(folder, "bad-onload.svg"), Svg("<rect width=\"1\" height=\"1\" onload=\"alert(1)\"/>"));
        File.WriteAllText(Path.Combine(folder, "bad-style.svg"), Svg("<style>rect { fill: url(https://example.org/a) }</style>"));
        File.WriteAllText(Path.Combine(folder, "bad-dtd.svg"), "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\">&x;</svg>");
        File.WriteAllBytes(Path.Combine(folder, "huge.png"), [.. Png(1, 1), .. new byte[ImageFile.MaxBytes]]);
        File.WriteAllBytes(Path.Combine(folder, "giant.png"), Png(1, 1, claimedWidth: 30_000));

        var loaded = Load("Intro.\n\n" + markdown);

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal((Codes.ImageNotAllowed, 7, 5), (error.Code, error.Position.Line, error.Position.Column));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_named_with_escaped_spaces_or_a_fragment_is_the_file_of_that_name()
    {
        File.WriteAllBytes(Path.Combine(folder, "figures", "ward map.png"), Png(20, 10));

        var loaded = Load("Intro.\n\n![Map of the wards](figures/ward%20map.png#page=1)");

        Assert.Empty(loaded.Diagnostics);
        var (image, problem) = BoardPapers.Load.PlanImages.Load(FileRoot.At(folder), "figures/ward%20map.png?v=2");
        Assert.Null(problem);
        Assert.Equal((20, 10), (image!.Width, image.Height));
    }

    [Fact]
    public void An_image_of_exactly_the_size_limit_is_read_and_one_byte_more_is_refused_with_its_size()
    {
        var png = Png(1, 1);
        File.WriteAllBytes(Path.Combine(folder, "limit.png"), [.. png, .. new byte[ImageFile.MaxBytes - png.Length]]);
        File.WriteAllBytes(Path.Combine(folder, "over.png"), [.. png, .. new byte[ImageFile.MaxBytes - png.Length + 1]]);

        var (read, atLimit) = BoardPapers.Load.PlanImages.Load(FileRoot.At(folder), "limit.png");
        var (_, over) = BoardPapers.Load.PlanImages.Load(FileRoot.At(folder), "over.png");

        Assert.Null(atLimit);
        Assert.Equal((1, 1), (read!.Width, read.Height));
        Assert.Equal("the image `over.png` is 5,120 KiB, over the limit of 5 MiB; make it smaller", over);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_refused_after_it_is_followed_and_never_embedded()
    {
        var outside = Directory.CreateTempSubdirectory("boardpapers-outside-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(outside, "secret.png"), Png(10, 10));
            File.CreateSymbolicLink(Path.Combine(folder, "figures", "linked.png"), Path.Combine(outside, "secret.png"));

            var loaded = Load("![Linked](figures/linked.png)");

            Assert.Contains("leads outside the plan's folder", Assert.Single(loaded.Diagnostics).Message, StringComparison.Ordinal);
            var html = Rendering.HtmlPage(Rendering.Paper(loaded.Plan!, "action-plan"));
            Assert.Contains("[Linked]", html, StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<img "));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void A_plan_read_from_text_prints_its_images_as_their_alt_text()
    {
        var loaded = new PlanLoader().LoadText(Plan("![Referrals by quarter](figures/bar.png)"), "posted.yaml");
        Assert.Empty(loaded.Diagnostics);

        var html = Rendering.HtmlPage(Rendering.Paper(loaded.Plan!, "action-plan"));

        Assert.Contains("[Referrals by quarter]", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_files_are_told_by_their_bytes_and_measured()
    {
        Assert.Equal(("image/png", 400, 120), Measure(Png(400, 120)));
        Assert.Equal(("image/jpeg", 640, 480), Measure(Jpeg(640, 480)));
        Assert.Equal(("image/svg+xml", 300, 100), Measure(Encoding.UTF8.GetBytes(Svg(""))));
        Assert.Equal(("image/svg+xml", 50, 20), Measure(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 50 20\"><rect width=\"5\" height=\"5\" fill=\"url(#g)\"/></svg>")));
        Assert.NotNull(ImageFile.FromDataUri(ImageFile.Read(Png(4, 4)).Image!.DataUri));
        Assert.Null(ImageFile.FromDataUri("data:image/png;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>"))));
        Assert.Null(ImageFile.FromDataUri("data:text/html;base64,PHNjcmlwdD4="));
    }

    [Theory]
    [InlineData("<a href=\"#x\"><text>x</text><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>", "an animation (<set>)")]
    [InlineData("<a><text>x</text><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></a>", "an animation (<animate>)")]
    [InlineData("<rect width=\"5\" height=\"5\"><animate attributeName=\"onclick\" values=\"alert(1)\" begin=\"0s\"/></rect>", "an animation (<animate>)")]
    [InlineData("<rect width=\"5\" height=\"5\"><animateTransform attributeName=\"transform\" type=\"rotate\" from=\"0\" to=\"360\"/></rect>", "an animation (<animateTransform>)")]
    [InlineData("<path d=\"M0 0\"><animateMotion path=\"M0 0 L10 10\"/></path>", "an animation (<animateMotion>)")]
    [InlineData("<rect width=\"5\" height=\"5\"><discard begin=\"1s\"/></rect>", "an animation (<discard>)")]
    [InlineData("<handler type=\"application/ecmascript\">alert(1)</handler>", "has a <handler> element")]
    [InlineData("<rect width=\"5\" height=\"5\" ONLOAD=\"alert(1)\"/>", "runs a script")]
    [InlineData("<image href=\"javascript:alert(1)\"/>", "runs a script")]
    public void An_SVG_that_animates_or_handles_events_is_refused(string body, string expected)
    {
        var (image, problem) = ImageFile.Read(Encoding.UTF8.GetBytes(Svg(body)));

        Assert.Null(image);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    private static (string, int, int) Measure(byte[] bytes)
    {
        var (image, problem) = ImageFile.Read(bytes);
        Assert.Null(problem);
        return (image!.ContentType, image.Width, image.Height);
    }

    private static string Svg(string body) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"100\" viewBox=\"0 0 300 100\">{body}</svg>";

    /// <summary>A real PNG of one colour (a header that may claim another width, to test the bound).</summary>
    private static byte[] Png(int width, int height, int? claimedWidth = null)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            var length = BitConverter.GetBytes(data.Length).Reverse();
            var crc = BitConverter.GetBytes(Crc32(typed)).Reverse();
            return [.. length, .. typed, .. crc];
        }

        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, claimedWidth ?? width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                raw.Write([0, 94, 165]);
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>The header of a JPEG: start of image, a JFIF segment and a baseline frame of the given size.</summary>
    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC0, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
        0xFF, 0xD9,
    ];
}
