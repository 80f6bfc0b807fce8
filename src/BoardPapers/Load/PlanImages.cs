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

        if (FileDoor.KindOf(full) == FileKind.Missing)
        {
            return (null, $"there is no image file `{source}` in the plan's folder; check the name (it is relative to the plan's folder)");
        }

        byte[] bytes;
        try
        {
            bytes = FileDoor.Read(full, ImageFile.MaxBytes, folder);
        }
        catch (FileRefusedException e) when (e.TooLarge)
        {
            return (null, $"the image `{source}` is {e.Length / 1024:N0} KiB, over the limit of {ImageFile.MaxBytes / 1024 / 1024} MiB; make it smaller");
        }
        catch (FileRefusedException e) when (e.Kind != FileKind.Regular)
        {
            return (null, $"the image `{source}` is {FileDoor.Described(e.Kind)}, not an image file; name an image file in the plan's folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"the image `{source}` cannot be read ({e.Message})");
        }

        var (image, problem) = ImageFile.Read(bytes);
        return problem is null ? (image, null) : (null, $"the image `{source}`: {problem}");
    }
}
