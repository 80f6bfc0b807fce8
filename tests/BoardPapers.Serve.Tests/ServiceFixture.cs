using BoardPapers.Serve;
using BoardPapers.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BoardPapers.Serve.Tests;

/// <summary>The real service on a loopback port over a copy of the sample plans, with a file outside it and a symbolic link pointing out.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private WebApplication? app;

    public string Root { get; } = Directory.CreateTempSubdirectory("boardpapers-serve-").FullName;

    public string Plans => Path.Combine(Root, "plans");

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        RepoPaths.CopyPlansTo(Plans);
        File.WriteAllText(Path.Combine(Root, "secret.yaml"), "format: 1\nplan: { title: Outside the served folder }\n");
        File.CreateSymbolicLink(Path.Combine(Plans, "link.yaml"), Path.Combine(Root, "secret.yaml"));
        app = ServeHost.Build(new ServeOptions(Plans, "127.0.0.1", 0)
        {
            Templates = [Path.Combine(RepoPaths.Root, "templates")],
            MaxBodyBytes = 1024 * 1024,
        });
        await app.StartAsync();
        Client.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
    }
}
