using System.CommandLine;
using BoardPapers.Jobs;
using BoardPapers.Serve;
using BoardPapers.Writers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers serve [FOLDER]</c>: the web service over a folder of plans and meetings, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(Terminal terminal)
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder of plans and meetings to serve.", DefaultValueFactory = _ => "plans" };
        var port = new Option<int>("--port")
        {
            Description = "The port (0: any free port).",
            DefaultValueFactory = _ => 8080,
            CustomParser = argument => Port(argument),
        };
        var host = new Option<string>("--host") { Description = "The address to listen on; 127.0.0.1 keeps the service on this machine.", DefaultValueFactory = _ => "127.0.0.1" };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates; they override the bundled ones by name." };
        var allowedHosts = new Option<string[]>("--allowed-host") { Description = "A host name the service may be reached by besides localhost and its address (e.g. a reverse proxy's name). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var membersRemote = new Option<bool>("--allow-members-remote") { Description = "Serve the members' edition (exempt information) on an address other machines can reach. Without it, such an address needs --public-only." };
        var publicOnly = new Option<bool>("--public-only") { Description = "Never serve the members' edition of packs (exempt information): for a service others can reach." };
        var reference = new Option<string?>("--reference-doc") { Description = "A house .docx whose styles, page size, margins, headers and footers every Word and PDF paper and pack the service writes uses." };
        var archive = new Option<bool>("--pdf-archive") { Description = "Also make each PDF PDF/A-2b, for archiving (every PDF is tagged PDF/UA already)." };
        var command = new Command("serve", "Serve a folder of plans and meetings: live plan previews, meeting packs, a diff view of git revisions, and a JSON API (POST /api/check, /api/render). Prints the URL; Ctrl+C stops it.")
        {
            folder, port, host, templates, reference, archive, publicOnly, allowedHosts, membersRemote,
        };
        command.SetAction(result => Run(terminal, new ServeArguments(
            result.GetValue(folder)!,
            result.GetValue(port),
            result.GetValue(host)!,
            result.GetValue(templates),
            result.GetValue(reference),
            result.GetValue(archive),
            result.GetValue(publicOnly) ? Exposure.PublicOnly : result.GetValue(membersRemote) ? Exposure.MembersRemote : Exposure.Default,
            result.GetValue(allowedHosts) ?? [])));
        return command;
    }

    /// <summary>
    /// The address to listen on in one spelling (::0:1 is ::1), so the URL printed is the one bound; an IPv4
    /// address written as IPv6 (::ffff:127.0.0.1) is the IPv4 address it names. localhost stays a name.
    /// </summary>
    internal static string ListenAddress(string host)
    {
        if (host == "localhost" || !System.Net.IPAddress.TryParse(host, out var address))
        {
            return host;
        }

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    /// <summary>A port number in words when it is not one, instead of the parser's type names.</summary>
    private static int Port(System.CommandLine.Parsing.ArgumentResult argument)
    {
        var text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : "";
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 65535)
        {
            return value;
        }

        argument.AddError($"--port takes a port number from 1 to 65535 (or 0 for any free port), not `{text}`");
        return 0;
    }

    private sealed record ServeArguments(string Folder, int Port, string Host, string? Templates, string? ReferenceDoc, bool PdfArchive, Exposure Exposure, string[] AllowedHosts);

    private static int Run(Terminal terminal, ServeArguments arguments)
    {
        var (folder, port, host, exposure) = (arguments.Folder, arguments.Port, arguments.Host, arguments.Exposure);
        if (!Directory.Exists(folder))
        {
            terminal.Error.WriteLine($"boardpapers serve: no such folder: {folder}");
            return ExitCodes.Usage;
        }

        // The same workspace every job of the service works in, checked as the other commands check it.
        var (workspace, refusal) = Workspace.Open(RenderCommand.BundledTemplates, arguments.Templates, new PaperWriterOptions { ReferenceDoc = arguments.ReferenceDoc, PdfArchive = arguments.PdfArchive });
        if (refusal is not null)
        {
            terminal.Error.WriteLine($"boardpapers serve: {refusal}");
            return ExitCodes.Usage;
        }

        // An address, not a name: a name that does not resolve would otherwise bind every interface.
        if (host != "localhost" && !System.Net.IPAddress.TryParse(host, out _))
        {
            terminal.Error.WriteLine($"boardpapers serve: --host takes an IP address (e.g. 127.0.0.1, 0.0.0.0, ::1) or localhost, not `{host}`");
            return ExitCodes.Usage;
        }

        host = ListenAddress(host);
        var publicOnly = exposure == Exposure.PublicOnly;
        if (host != "localhost" && !System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(host)))
        {
            if (exposure == Exposure.Default)
            {
                terminal.Error.WriteLine($"boardpapers serve: {host} can be reached from other machines, and there is no sign-in: add --public-only to serve only public packs, or --allow-members-remote to serve exempt information to anyone who can reach {host}:{port}");
                return ExitCodes.Usage;
            }

            terminal.Error.WriteLine($"boardpapers serve: warning: every plan and meeting in {folder}{(publicOnly ? "" : ", and the members' edition of every pack (exempt information),")} can be read by anyone who can reach {host}:{port}");
        }

        var options = new ServeOptions(Path.GetFullPath(folder), host, port)
        {
            Templates = workspace!.Templates.Roots,
            ReferenceDoc = arguments.ReferenceDoc,
            PdfArchive = arguments.PdfArchive,
            MembersEdition = !publicOnly,
            AllowedHosts = arguments.AllowedHosts,
        };
        using var app = ServeHost.Build(options);
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or InvalidOperationException or UnauthorizedAccessException)
        {
            // An address this machine does not have, a port in use or one below 1024 without the right to it.
            var reason = ex.InnerException is System.Net.Sockets.SocketException inner ? inner.Message : ex.Message;
            terminal.Error.WriteLine($"boardpapers serve: cannot listen on {host}:{port}: {reason}; choose an address this machine has (e.g. 127.0.0.1) and a free port");
            return ExitCodes.Problems;
        }

        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        terminal.Output.WriteLine(url);
        terminal.Error.WriteLine($"boardpapers serve: serving {folder} at {url} (Ctrl+C to stop)");
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
