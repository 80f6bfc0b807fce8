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
        var withoutIds = Checksum().Replace(IdValue().Replace(text, m => new string('0', m.Length)), m => new string('0', m.Length));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(withoutIds)))[..32];
        text = IdValue().Replace(text, m => $"{m.Groups["open"].Value}{hash}{m.Groups["middle"].Value}{hash}{m.Groups["close"].Value}");
        text = Checksum().Replace(text, m => m.Groups["key"].Value + hash);
        return Encoding.Latin1.GetBytes(text);
    }

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
