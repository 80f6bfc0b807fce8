namespace BoardPapers.Cli;

/// <summary>A job's steps heard as they happen, on the job's own thread (Progress&lt;T&gt; would post them out of order).</summary>
internal sealed class StepProgress(Action<string> show) : IProgress<string>
{
    public void Report(string value) => show(value);
}
