namespace BoardPapers.Tests.Packs;

/// <summary>The sample meeting after publication, as in the seed: a late report on the Ofsted letter (item 13) and a late appendix to item 7.</summary>
internal static class LateItems
{
    /// <summary>Adds both to the copy of the plans folder, so its packs have a supplement.</summary>
    public static void Add(string plans)
    {
        var folder = Path.GetDirectoryName(SamplePack.MeetingFile(plans))!;
        File.WriteAllText(Path.Combine(folder, "reports", "13-ofsted-letter.md"), """
            ---
            title: Annual Ofsted Assessment Letter
            description: To receive the letter from Ofsted on the annual assessment of children's services in Leeds.
            originator: Adam Hewitt
            report_of: Director of Children's Services
            ---
            ## 1.0 Purpose

            1.1 The Ofsted letter on the annual unannounced inspection of contact, referral and assessment arrangements arrived after publication.
            """);
        File.WriteAllText(Path.Combine(folder, "appendices", "07-2-working-group-notes.md"), "Notes of the working group visits on service redesign, admitted as supplementary information.\n");
        var meetingFile = SamplePack.MeetingFile(plans);
        File.AppendAllText(meetingFile, """
              - kind: report
                number: 13
                file: reports/13-ofsted-letter.md
                late: true

            """);
        var strategic = Path.Combine(folder, "reports", "07-strategic-update.md");
        File.WriteAllText(strategic, File.ReadAllText(strategic).Replace("""
                markdown: ../appendices/07-1-child-friendly-city.md
            """, """
                markdown: ../appendices/07-1-child-friendly-city.md
              - title: Notes of the working group visits
                markdown: ../appendices/07-2-working-group-notes.md
                late: true
            """, StringComparison.Ordinal));
    }
}
