using System.Threading.Channels;

namespace BoardPapers.Serve;

/// <summary>
/// Watches the served folder and tells every listener which file changed (a save in an editor often
/// comes as several events: listeners get each, and re-read the file). One watcher for the service.
/// </summary>
internal sealed class FolderWatcher : IDisposable
{
    private readonly FileSystemWatcher watcher;
    private readonly Lock gate = new();
    private readonly List<Channel<string>> listeners = [];

    public FolderWatcher(string folder)
    {
        watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Tell(e.FullPath);
        watcher.Created += (_, e) => Tell(e.FullPath);
        watcher.Renamed += (_, e) => Tell(e.FullPath);
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>A channel of changed files' full paths, until the listener leaves (disposes it).</summary>
    public Listener Listen()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            listeners.Add(channel);
        }

        return new Listener(channel.Reader, () =>
        {
            lock (gate)
            {
                listeners.Remove(channel);
            }
        });
    }

    public void Dispose() => watcher.Dispose();

    private void Tell(string path)
    {
        lock (gate)
        {
            foreach (var listener in listeners)
            {
                listener.Writer.TryWrite(path);
            }
        }
    }

    /// <summary>One listener's changes; disposing it stops them.</summary>
    internal sealed class Listener(ChannelReader<string> changes, Action leave) : IDisposable
    {
        public ChannelReader<string> Changes => changes;

        public void Dispose() => leave();
    }
}
