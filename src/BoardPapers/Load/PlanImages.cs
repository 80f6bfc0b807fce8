using BoardPapers.Base;

namespace BoardPapers.Load;

/// <summary>
/// The one place an image a plan names becomes bytes: a file in the plan's folder or below it (after links
/// are followed), read within the size limit and checked to be a PNG, JPEG or safe SVG. Check and the paper
/// pipeline both call it, so what check passes is what prints.
/// </summary>
public static class PlanImages
{
    /// <summary>The image at <paramref name="source"/> (a relative path the link policy allows), or why it cannot be used.</summary>
    public static (ImageFile? Image, string? Problem) Load(FileRoot folder, string source)
    {
        var path = Uri.UnescapeDataString(source.Split('#', '?')[0]);
        var full = Path.GetFullPath(Path.Combine(folder.Folder, path));
        if (!folder.Contains(full))
        {
            return (null, $"the image `{source}` leads outside the plan's folder (through a link); put the image file in the plan's folder");
        }

        var file = new FileInfo(full);
        if (!file.Exists)
        {
            return (null, $"there is no image file `{source}` in the plan's folder; check the name (it is relative to the plan's folder)");
        }

        if (file.Length > ImageFile.MaxBytes)
        {
            return (null, $"the image `{source}` is {file.Length / 1024:N0} KiB, over the limit of {ImageFile.MaxBytes / 1024 / 1024} MiB; make it smaller");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"the image `{source}` cannot be read ({e.Message})");
        }

        var (image, problem) = ImageFile.Read(bytes);
        return problem is null ? (image, null) : (null, $"the image `{source}`: {problem}");
    }
}
