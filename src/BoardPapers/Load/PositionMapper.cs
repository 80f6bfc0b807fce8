using BoardPapers.Base;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>Turns YamlDotNet marks into positions in the user's file.</summary>
internal sealed class PositionMapper(string file)
{
    public string File { get; } = file;

    public SourcePosition At(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    public SourcePosition At(YamlNode node) => At(node.Start);

    public SourcePosition Start => new(File, 1, 1);

    /// <summary>The line and column of a character offset in text, for errors found before YAML parsing.</summary>
    public SourcePosition AtOffset(ReadOnlySpan<char> text, int offset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new SourcePosition(File, line, column);
    }
}
