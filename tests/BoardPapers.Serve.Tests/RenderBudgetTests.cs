namespace BoardPapers.Serve.Tests;

/// <summary>
/// Issue 13, item 8: renders are admitted by cost as well as number. Small plans run side by side; a large
/// one runs with fewer others, or alone; the queue is first come, first served; a request that gives up
/// leaves no room taken.
/// </summary>
public sealed class RenderBudgetTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Small_renders_run_side_by_side_up_to_the_count()
    {
        var budget = new RenderBudget(maxRenders: 3, maxCost: 100);

        Assert.True(await budget.EnterAsync(10, Short, default));
        Assert.True(await budget.EnterAsync(10, Short, default));
        Assert.True(await budget.EnterAsync(10, Short, default));
        Assert.False(await budget.EnterAsync(10, Short, default));
        Assert.Equal(30, budget.Used);
    }

    [Fact]
    public async Task A_render_that_does_not_fit_waits_until_enough_room_is_given_back()
    {
        var budget = new RenderBudget(maxRenders: 8, maxCost: 100);
        Assert.True(await budget.EnterAsync(60, Short, default));

        Assert.False(await budget.EnterAsync(60, Short, default));
        var waiting = budget.EnterAsync(60, TimeSpan.FromSeconds(10), default);
        Assert.False(waiting.IsCompleted);
        budget.Leave(60);

        Assert.True(await waiting);
        Assert.Equal(60, budget.Used);
    }

    [Fact]
    public async Task A_render_costing_more_than_the_budget_runs_alone()
    {
        var budget = new RenderBudget(maxRenders: 8, maxCost: 100);

        Assert.True(await budget.EnterAsync(500, Short, default));
        Assert.False(await budget.EnterAsync(1, Short, default));
        budget.Leave(500);
        Assert.Equal(0, budget.Used);
        Assert.True(await budget.EnterAsync(1, Short, default));
    }

    [Fact]
    public async Task The_queue_is_first_come_first_served_so_a_large_render_is_not_starved()
    {
        var budget = new RenderBudget(maxRenders: 8, maxCost: 100);
        Assert.True(await budget.EnterAsync(50, Short, default));
        var large = budget.EnterAsync(100, TimeSpan.FromSeconds(10), default);

        // A small one that would fit now waits behind the large one.
        var small = budget.EnterAsync(10, TimeSpan.FromSeconds(10), default);
        Assert.False(small.IsCompleted);
        budget.Leave(50);

        Assert.True(await large);
        Assert.False(small.IsCompleted);
        budget.Leave(100);
        Assert.True(await small);
    }

    [Fact]
    public async Task A_request_that_goes_away_while_waiting_takes_no_room()
    {
        var budget = new RenderBudget(maxRenders: 8, maxCost: 100);
        Assert.True(await budget.EnterAsync(100, Short, default));
        using var gone = new CancellationTokenSource();

        var waiting = budget.EnterAsync(50, TimeSpan.FromSeconds(10), gone.Token);
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        budget.Leave(100);
        Assert.Equal(0, budget.Used);
        Assert.True(await budget.EnterAsync(100, Short, default));
    }
}
