using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace BoardPapers.Benchmarks;

/// <summary>
/// A bounded load on the service's <c>POST /api/render</c>: N clients, each sending the plan as soon as its
/// last answer came, for a fixed time. Prints one line: requests, errors, requests per second, p50 and p99
/// latency. Any answer but 200 with a body counts as an error.
/// </summary>
public static class ServiceLoad
{
    public static int Run(Uri render, string planFile, int clients, TimeSpan duration)
    {
        var plan = File.ReadAllBytes(planFile);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { Timeout = TimeSpan.FromSeconds(120) };
        var latencies = new List<double>[clients];
        var errors = new int[clients];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            latencies[i] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(plan);
                    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/yaml");
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
                    using var response = await http.PostAsync(render, content);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode || body.Length == 0)
                    {
                        errors[i]++;
                    }
                }
                catch (HttpRequestException)
                {
                    errors[i]++;
                }
                catch (TaskCanceledException)
                {
                    errors[i]++;
                }

                latencies[i].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        var failed = errors.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests {all.Count}  errors {failed}  req/s {all.Count / elapsed:0.0}  p50 {Percentile(all, 0.50):0.0} ms  p99 {Percentile(all, 0.99):0.0} ms"));
        return failed == 0 && all.Count > 0 ? 0 : 1;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
