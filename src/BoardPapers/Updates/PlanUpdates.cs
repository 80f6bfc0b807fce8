
namespace BoardPapers.Updates;

/// <summary>Answers written into a plan's YAML text in place (see <see cref="PlanText"/>): only the values they change.</summary>
public static class PlanUpdates
{
    /// <summary>
    /// The text with the answers written in; the rows the plan's model placed, <paramref name="missing"/> the
    /// answers whose row the text does not hold where the model said (never expected: the model was read from this text).
    /// </summary>
    public static string Write(string text, IReadOnlyList<UpdateAnswer> answers, out IReadOnlyList<UpdateAnswer> missing)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(answers);
        var plan = new PlanText(text);
        var lost = new List<UpdateAnswer>();
        foreach (var answer in answers)
        {
            if (plan.RowAt(answer.Row.Position) is not { } row)
            {
                lost.Add(answer);
                continue;
            }

            switch (answer.Field)
            {
                case UpdateField.Status:
                    plan.SetStatus(row, answer.Legend!, answer.Value);
                    break;
                case UpdateField.Due:
                    plan.SetWord(row, "due", answer.Value);
                    break;
                case UpdateField.Result:
                    plan.SetResult(row, answer.Period!, answer.Value);
                    break;
                default:
                    plan.SetText(row, Key(answer.Field), answer.Value);
                    break;
            }
        }

        missing = lost;
        return plan.Apply();
    }

    private static string Key(UpdateField field) => field switch
    {
        UpdateField.Timescale => "timescale",
        UpdateField.NextSteps => "next_steps",
        _ => "progress",
    };
}
