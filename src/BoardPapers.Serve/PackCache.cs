using BoardPapers.Jobs;
using BoardPapers.Packs;

namespace BoardPapers.Serve;

/// <summary>
/// Built packs kept by their fingerprint (the hash of everything they are built from, <see cref="PackFingerprint"/>),
/// so the second download of a pack is instant and a pack is built once however many people ask for it at
/// the same time. Emptied whenever a file in the served folder changes; bounded in bytes, the least recently
/// used pack going first. A build that failed to run (too busy, LibreOffice failing) is not kept.
/// </summary>
internal sealed class PackCache(long maxBytes)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (PackJob Job, long Used)> jobs = new(StringComparer.Ordinal);
    private long clock;

    /// <summary>The job for the fingerprint: the one running or kept (<paramref name="kept"/>), or a new one from <paramref name="start"/>.</summary>
    public PackJob GetOrStart(string fingerprint, Func<PackJob> start, out bool kept)
    {
        PackJob job;
        lock (gate)
        {
            if (jobs.TryGetValue(fingerprint, out var found))
            {
                jobs[fingerprint] = (found.Job, ++clock);
                kept = true;
                return found.Job;
            }

            kept = false;
            job = start();
            jobs[fingerprint] = (job, ++clock);
        }

        _ = job.Built.ContinueWith(done => Settle(fingerprint, job, done), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        return job;
    }

    /// <summary>Forgets every pack kept (a file changed); builds running finish for those waiting on them.</summary>
    public void Clear()
    {
        lock (gate)
        {
            foreach (var (fingerprint, entry) in jobs.ToList())
            {
                if (entry.Job.Built.IsCompleted)
                {
                    jobs.Remove(fingerprint);
                }
            }
        }
    }

    /// <summary>How many packs are kept or building.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return jobs.Count;
            }
        }
    }

    private void Settle(string fingerprint, PackJob job, Task<JobResult?> done)
    {
        lock (gate)
        {
            if (done.IsFaulted || done.IsCanceled || done.Result is null)
            {
                if (jobs.TryGetValue(fingerprint, out var entry) && entry.Job == job)
                {
                    jobs.Remove(fingerprint);
                }

                return;
            }

            // Over the bound: the least recently used finished packs go first (this one may go at once if it alone is too big).
            var used = jobs.Values.Where(e => e.Job.Built.IsCompletedSuccessfully).Sum(e => Size(e.Job));
            foreach (var (key, entry) in jobs.Where(e => e.Value.Job.Built.IsCompletedSuccessfully).OrderBy(e => e.Value.Used).ToList())
            {
                if (used <= maxBytes)
                {
                    break;
                }

                jobs.Remove(key);
                used -= Size(entry.Job);
            }
        }
    }

    private static long Size(PackJob job) => job.Built.Result?.Files.Sum(f => (long)f.Bytes.Length) ?? 0;
}
