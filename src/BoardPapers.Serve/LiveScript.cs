using System.Text.Encodings.Web;

namespace BoardPapers.Serve;

/// <summary>
/// The plan page's only script: on each "changed" event it asks /status; when the plan is sound it reloads
/// the preview, when it is broken it shows the diagnostics and marks the preview stale (the last good
/// rendering stays). No build step, no library.
/// </summary>
internal static class LiveScript
{
    public static string For(string path, string template) => $$"""
        <script>
        (() => {
          const path = {{Js(path)}}, template = {{Js(template)}};
          const query = 'path=' + encodeURIComponent(path) + '&template=' + encodeURIComponent(template);
          const events = new EventSource('/events?path=' + encodeURIComponent(path));
          events.addEventListener('open', () => { window.boardPapersWatching = true; });
          events.addEventListener('changed', async () => {
            const response = await fetch('/status?' + query, { cache: 'no-store' });
            if (!response.ok) {
              return;
            }
            const status = await response.json();
            const list = document.getElementById('diagnostics');
            const lines = status.diagnostics.map(d => `${d.path}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
            list.replaceChildren(...(lines.length ? lines : ['No problems found.']).map(line => {
              const item = document.createElement('li');
              item.textContent = line;
              return item;
            }));
            document.getElementById('stale').hidden = status.ok;
            if (status.ok) {
              document.getElementById('preview').src = '/preview?' + query + '&v=' + Date.now();
            }
          });
        })();
        </script>

        """;

    /// <summary>A JavaScript string literal: quoted and escaped, so no path or template name can break out of it.</summary>
    private static string Js(string text) => "\"" + JavaScriptEncoder.Default.Encode(text) + "\"";
}
