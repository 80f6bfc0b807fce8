using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>A test plan read from text that must load without an error, so a test fails on the plan, not later on a null.</summary>
internal static class CleanPlan
{
    public static Plan Load(string yaml)
    {
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);
        return loaded.Plan!;
    }
}
