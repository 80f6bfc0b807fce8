namespace BoardPapers.Format;

/// <summary>What a YAML value must look like. One description drives both validation and the JSON Schema.</summary>
public abstract class Shape
{
    /// <summary>How a message names what is expected, e.g. "text" or "a list of actions".</summary>
    public abstract string Expected { get; }
}
