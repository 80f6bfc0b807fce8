using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// Makes LibreOffice's PDF the same bytes every time: its creation and modification dates (in the document
/// information and the XMP metadata) become the paper's date, and its file identifier and document checksum (both made from the clock) a hash of the
/// rest of the file. Each value is rewritten in place
/// with one of the same length, so the cross-reference offsets stay right.
/// </summary>
public static partial class PdfStamp
{
    /// <summary>The PDF with its clock-dependent values fixed.</summary>
    public static byte[] Fix(byte[] pdf, DateOnly date)
    {
        // Latin-1 maps every byte to one char and back, so offsets and binary streams survive.
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        text = DateValue().Replace(text, m => m.Groups["key"].Value + stamp);
        text = XmpDate().Replace(text, m => m.Groups["key"].Value + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00");
        text = XmpText().Replace(text, EscapedOnce);
        var withoutIds = Checksum().Replace(IdValue().Replace(text, m => new string('0', m.Length)), m => new string('0', m.Length));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(withoutIds)))[..32];
        text = IdValue().Replace(text, m => $"{m.Groups["open"].Value}{hash}{m.Groups["middle"].Value}{hash}{m.Groups["close"].Value}");
        text = Checksum().Replace(text, m => m.Groups["key"].Value + hash);
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>
    /// LibreOffice escapes the XMP's text twice ("Children&amp;apos;s"), so readers show the entity, not the
    /// apostrophe. Escaped once, as the document's own properties are; the bytes saved are spaces after the
    /// element, where XML ignores them, so every offset stays right. Text already escaped once, which
    /// un-escaping would break, is left as it is.
    /// </summary>
    private static string EscapedOnce(Match match)
    {
        var text = match.Groups["text"].Value;
        var once = text.Replace("&amp;", "&", StringComparison.Ordinal);
        return once.Length == text.Length || BareAmpersand().IsMatch(once)
            ? match.Value
            : match.Groups["open"].Value + once + match.Groups["close"].Value + new string(' ', text.Length - once.Length);
    }

    [GeneratedRegex(@"(?<open><rdf:li(?:\s[^>]*)?>)(?<text>[^<]*)(?<close></rdf:li>)")]
    private static partial Regex XmpText();

    [GeneratedRegex(@"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"(?<key>/(?:CreationDate|ModDate)\s*\(D:)[0-9]{14}")]
    private static partial Regex DateValue();

    /// <summary>The dates of the XMP metadata a tagged (PDF/UA) or archival (PDF/A) PDF carries.</summary>
    [GeneratedRegex(@"(?<key><xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")]
    private static partial Regex XmpDate();

    [GeneratedRegex(@"(?<key>/DocChecksum\s*/)[0-9A-Fa-f]{32}")]
    private static partial Regex Checksum();

    [GeneratedRegex(@"(?<open>/ID\s*\[\s*<)[0-9A-Fa-f]{32}(?<middle>>\s*<)[0-9A-Fa-f]{32}(?<close>>)")]
    private static partial Regex IdValue();
}
