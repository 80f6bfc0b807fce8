using BoardPapers.Base;

namespace BoardPapers.Diff;

/// <summary>A change set as JSON, for other tools: fixed key order, every key always present (null when it does not apply), the same bytes for the same plans.</summary>
public static class ChangeSetJson
{
    /// <summary>The change set as JSON, naming the two versions compared.</summary>
    public static string Write(ChangeSet changes, string before, string after)
    {
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("old", before);
            json.WriteString("new", after);
            json.WriteStartObject("summary");
            json.WriteString("text", changes.Summary);
            json.WriteNumber("worse", changes.Worse);
            json.WriteNumber("better", changes.Better);
            json.WriteNumber("slipped", changes.Slipped);
            json.WriteNumber("added", changes.Added);
            json.WriteNumber("removed", changes.Removed);
            json.WriteNumber("moved", changes.Moved);
            json.WriteNumber("renumbered", changes.Renumbered);
            json.WriteNumber("changes", changes.Changes.Count);
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var change in changes.Changes)
            {
                json.WriteStartObject();
                json.WriteString("kind", Kind(change.Kind));
                json.WriteString("subject", change.Subject);
                json.WriteString("ref", change.Ref);
                json.WriteString("oldRef", change.OldRef);
                json.WriteString("title", change.Title);
                json.WriteString("field", change.Field);
                json.WriteString("old", change.Old);
                json.WriteString("new", change.New);
                json.WriteString("oldLabel", change.OldLabel);
                json.WriteString("newLabel", change.NewLabel);
                json.WriteString("direction", change.DirectionWord);
                json.WriteString("author", change.Author);
                json.WriteString("date", change.Made?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                if (change.Days is { } days)
                {
                    json.WriteNumber("days", days);
                }
                else
                {
                    json.WriteNull("days");
                }

                if (change.Months is { } months)
                {
                    json.WriteNumber("months", months);
                }
                else
                {
                    json.WriteNull("months");
                }

                if (change.Words is { } words)
                {
                    json.WriteStartArray("words");
                    foreach (var run in words)
                    {
                        json.WriteStartObject();
                        json.WriteString("kind", run.Kind switch { TextRunKind.Inserted => "inserted", TextRunKind.Deleted => "deleted", _ => "same" });
                        json.WriteString("text", run.Text);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteNull("words");
                }

                if (change.Position is { } at)
                {
                    json.WriteNumber("line", at.Line);
                }
                else
                {
                    json.WriteNull("line");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>A change kind's name in JSON and in the changes paper: status, due, text, added ...</summary>
    public static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Moved => "moved",
        ChangeKind.Renumbered => "renumbered",
        ChangeKind.Status => "status",
        ChangeKind.Due => "due",
        ChangeKind.Lead => "lead",
        ChangeKind.Update => "update",
        ChangeKind.Text => "text",
        ChangeKind.Result => "result",
        ChangeKind.Target => "target",
        ChangeKind.Detail => "detail",
        _ => "direction",
    };
}
