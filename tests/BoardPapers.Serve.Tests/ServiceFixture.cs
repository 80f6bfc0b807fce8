using BoardPapers.Testing;

namespace BoardPapers.Serve.Tests;

/// <summary>The real service on a loopback port over a copy of the sample plans, with a file outside it and a symbolic link pointing out.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private RunningService? service;

    public string Root { get; } = Directory.CreateTempSubdirectory("boardpapers-serve-").FullName;

    public string Plans => Path.Combine(Root, "plans");

    public HttpClient Client => service!.Client;

    public Uri Address => service!.Address;

    public async Task InitializeAsync()
    {
        RepoPaths.CopyPlansTo(Plans);
        File.WriteAllText(Path.Combine(Root, "secret.yaml"), "format: 1\nplan: { title: Outside the served folder }\n");
        File.CreateSymbolicLink(Path.Combine(Plans, "link.yaml"), Path.Combine(Root, "secret.yaml"));
        service = await RunningService.Start(Plans, o => o with { MaxBodyBytes = 1024 * 1024 });
    }

    public async Task DisposeAsync()
    {
        if (service is not null)
        {
            await service.DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
    }
}
