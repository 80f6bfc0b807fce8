namespace BoardPapers.Serve;

/// <summary>
/// Admits renders by their cost as well as their number: a render costs about the size of what it reads
/// (memory grows with it), and renders run together only while their costs fit the budget. A render
/// costing more than the whole budget runs alone. First come, first served, so a large plan is never
/// starved by a stream of small ones.
/// </summary>
internal sealed class RenderBudget(int maxRenders, long maxCost)
{
    private readonly Lock gate = new();
    private readonly LinkedList<(long Cost, TaskCompletionSource Ready)> waiting = new();
    private int running;
    private long used;

    /// <summary>The cost of what is running now.</summary>
    public long Used
    {
        get
        {
            lock (gate)
            {
                return used;
            }
        }
    }

    /// <summary>Waits for room for a render of <paramref name="cost"/>; false when none came within <paramref name="wait"/>.</summary>
    public async Task<bool> EnterAsync(long cost, TimeSpan wait, CancellationToken cancellation)
    {
        cost = Math.Clamp(cost, 1, maxCost);
        LinkedListNode<(long Cost, TaskCompletionSource Ready)> node;
        lock (gate)
        {
            if (waiting.Count == 0 && Fits(cost))
            {
                Admit(cost);
                return true;
            }

            node = waiting.AddLast((cost, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
        }

        try
        {
            await node.Value.Ready.Task.WaitAsync(wait, cancellation).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            // Admitted just as the wait ended: the admission wins.
            return !Withdraw(node);
        }
        catch (OperationCanceledException)
        {
            // Admitted just as the request went away: give the room back.
            if (!Withdraw(node))
            {
                Leave(cost);
            }

            throw;
        }
    }

    /// <summary>Takes a waiter out of the queue; false when it had been admitted meanwhile.</summary>
    private bool Withdraw(LinkedListNode<(long Cost, TaskCompletionSource Ready)> node)
    {
        lock (gate)
        {
            if (node.List is null)
            {
                return false;
            }

            waiting.Remove(node);
            Pump();
            return true;
        }
    }

    /// <summary>Gives back what <see cref="EnterAsync"/> admitted.</summary>
    public void Leave(long cost)
    {
        cost = Math.Clamp(cost, 1, maxCost);
        lock (gate)
        {
            running--;
            used -= cost;
            Pump();
        }
    }

    private bool Fits(long cost) => running < maxRenders && (used + cost <= maxCost || running == 0);

    private void Admit(long cost)
    {
        running++;
        used += cost;
    }

    private void Pump()
    {
        while (waiting.First is { } first && Fits(first.Value.Cost))
        {
            waiting.RemoveFirst();
            Admit(first.Value.Cost);
            first.Value.Ready.SetResult();
        }
    }
}
