using BoardPapers.Site;

namespace BoardPapers.Tests.Site;

/// <summary>The search index's words as the page's script reads them: lower case, accents off, letters and digits, two or more.</summary>
public sealed class SiteSearchTests
{
    [Theory]
    [InlineData("Café culture", "cafe culture")]
    [InlineData("Ysgol Gymraeg Brynaman: ŵyr a wyresau", "ysgol gymraeg brynaman wyr wyresau")]
    [InlineData("Section 81(3) of the Local Government Act 2000", "section 81 of the local government act 2000")]
    [InlineData("The council's 14,000 homes", "the council 14 000 homes")]
    [InlineData("A-Z of £5m e-mail", "of 5m mail")]
    [InlineData("ŴYR ÉCOLE Łódź", "wyr ecole łodz")]
    public void Words_are_read_as_the_script_reads_them(string text, string words)
    {
        Assert.Equal(words, string.Join(' ', SiteSearch.Words(text)));
    }

    [Fact]
    public void The_script_folds_the_very_letters_the_index_folds()
    {
        Assert.Equal(SiteSearch.Accented.Length, SiteSearch.Plain.Length);
        Assert.Contains($"var ACCENTED = \"{SiteSearch.Accented}\";", SiteSearch.Script, StringComparison.Ordinal);
        Assert.Contains($"var PLAIN = \"{SiteSearch.Plain}\";", SiteSearch.Script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("housing", "h")]
    [InlineData("2024", "2")]
    [InlineData("école", "_")]
    public void A_word_is_in_the_part_of_the_index_its_first_character_names(string word, string part)
    {
        Assert.Equal(part, SiteSearch.Shard(word));
    }
}
