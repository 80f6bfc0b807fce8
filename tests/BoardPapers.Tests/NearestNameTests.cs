using BoardPapers.Base;

namespace BoardPapers.Tests;

public sealed class NearestNameTests
{
    [Theory]
    [InlineData("laed", "lead")]
    [InlineData("progres", "progress")]
    [InlineData("succes_criteria", "success_criteria")]
    [InlineData("Lead", "lead")]
    [InlineData("colour", null)]
    [InlineData("x", null)]
    public void Suggests_only_a_close_known_name(string typed, string? expected)
    {
        Assert.Equal(expected, NearestName.Find(typed, ["ref", "text", "lead", "progress", "success_criteria"]));
    }
}
