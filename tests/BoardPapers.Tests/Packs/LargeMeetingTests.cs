using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Packs;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Packs;

/// <summary>
/// Issue 16, scale: a meeting of 300 small reports builds, measured, to Word and PDF. LibreOffice converts at
/// most 246 files in one run, so the measuring runs in batches; every item is on the agenda with its pages.
/// </summary>
public sealed class LargeMeetingTests
{
    private const int Reports = 300;

    [Fact]
    public void A_meeting_of_300_reports_builds_to_word_and_pdf_with_every_item_on_the_agenda()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"boardpapers-large-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        try
        {
            var meeting = new StringBuilder("""
                format: 1
                meeting:
                  committee: Scrutiny Board (Everything)
                  organisation: Anytown Council
                  date: 2011-03-17
                  time: 10.00 am
                  venue: Town Hall
                items:
                  - kind: apologies

                """);
            for (var i = 1; i <= Reports; i++)
            {
                var name = $"reports/report-{i:D3}.md";
                File.WriteAllText(Path.Combine(folder, name), $"""
                    ---
                    title: Report number {i}
                    description: To receive report {i}.
                    originator: A Officer
                    telephone: 0113 000 0000
                    report_of: Director of Resources
                    meeting: Scrutiny Board (Everything)
                    wards_affected: All wards
                    ---
                    ## 1.0 Purpose

                    1.1 This is report {i.ToString(CultureInfo.InvariantCulture)}.
                    """);
                meeting.Append(CultureInfo.InvariantCulture, $"  - kind: report\n    file: {name}\n");
            }

            File.WriteAllText(Path.Combine(folder, "meeting.yaml"), meeting.ToString());
            var loaded = new MeetingLoader(root: FileRoot.At(folder)).LoadFile(Path.Combine(folder, "meeting.yaml"));
            Assert.True(loaded.Meeting is not null, string.Join("\n", loaded.Diagnostics));

            var pack = SamplePack.Build(loaded.Meeting, PackEdition.Public, "docx,pdf", measure: true);

            var pdf = SamplePack.File(pack, ".pdf");
            Assert.True(BoardPapers.Writers.Pdf.PdfPageCount.Of(pdf) > Reports, "fewer pages than reports");
            Assert.Contains("REPORT NUMBER 300", PackText.Docx(SamplePack.File(pack, ".docx")), StringComparison.Ordinal);
            var printed = PackText.Pdf(pdf);
            Assert.Contains("This is report 1.", printed, StringComparison.Ordinal);
            Assert.Contains("This is report 300.", printed, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
