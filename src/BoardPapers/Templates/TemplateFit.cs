using BoardPapers.Model;

namespace BoardPapers.Templates;

/// <summary>
/// Whether a bundled template has anything to print for a plan: an exception report needs a legend, the
/// indicators template indicators, recommendation tracking recommendations. What `check` warns about for a
/// meeting's appendix (an empty appendix is the mistake, not a template error) and what the service's
/// template menu uses to list first the templates that print something. A template of the council's own
/// is assumed to fit.
/// </summary>
public static class TemplateFit
{
    /// <summary>Why the template prints nothing of substance for the plan, or null when it prints something (or is not a bundled template).</summary>
    public static string? NothingToPrint(Plan plan, string template)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = plan.AllActions().Any() || plan.AllRecommendations().Any();
        return template switch
        {
            "action-plan" when !rows => "the plan has no actions or recommendations for its tables",
            "exception-report" when plan.Legends.Count == 0 => "the plan declares no legend, so no row has a status to report by exception",
            "exception-report" when !rows => "the plan has no actions or recommendations to report",
            "indicators" when !plan.AllIndicators().Any() => "the plan has no indicators",
            "recommendation-tracking" or "categorisation" when !plan.AllRecommendations().Any() => "the plan has no recommendations",
            _ => null,
        };
    }
}
