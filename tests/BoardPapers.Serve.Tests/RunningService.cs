using BoardPapers.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BoardPapers.Serve.Tests;

/// <summary>The real service started on a free loopback port over a folder, with the bundled templates, and a client for it.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningService(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(3) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<RunningService> Start(string folder, Func<ServeOptions, ServeOptions>? configure = null)
    {
        var options = new ServeOptions(folder, "127.0.0.1", 0) { Templates = [Path.Combine(RepoPaths.Root, "templates")] };
        var app = ServeHost.Build(configure is null ? options : configure(options));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new RunningService(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
