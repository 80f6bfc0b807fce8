using BoardPapers.Writers.Pdf;

namespace BoardPapers.Packs;

/// <summary>
/// LibreOffices started ahead of a pack's measuring or converting, when <see cref="Start"/> says (early enough
/// to be up when needed, late enough not to slow what runs first); stopped when the build ends, those not
/// used or hung among them.
/// </summary>
internal sealed class StartedOffices : IDisposable
{
    private List<LibreOfficeInstance> offices = [];

    /// <summary>The LibreOffices started (none before <see cref="Start"/>, or where LibreOffice cannot be started ahead).</summary>
    public IReadOnlyList<LibreOfficeInstance> Offices => offices;

    /// <summary>Starts <paramref name="count"/> of them, once.</summary>
    public void Start(int count)
    {
        if (count > 0 && offices.Count == 0)
        {
            offices = [.. LibreOfficeInstance.Start(count)];
        }
    }

    public void Dispose()
    {
        foreach (var office in offices)
        {
            office.Dispose();
        }
    }
}
