using TenderHall.Portal.Experts;

namespace TenderHall.Portal.Transparency;

/// <summary>
/// The public page of the transparency log's latest checkpoint: fetches the log's verifier key and its latest signed
/// checkpoint (C2SP signed note) and verifies the signature in the browser (<see cref="LogCheckScript"/>), then shows the
/// tree size and root hash the log has committed to. Nothing but those two public documents is fetched.
/// </summary>
public static class LogCheckpointScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawCheckScript.Source + LogCheckScript.Source + Template;

    private const string Template = """
        (() => {
          const data = JSON.parse(document.getElementById('log-data').textContent);
          const $ = id => document.getElementById(id);
          const text = async path => {
            const response = await fetch(path, { credentials: 'omit' });
            if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
            return response.text();
          };
          (async () => {
            try {
              const key = JSON.parse(await text('/api/v1/transparency/key'));
              const note = await text('/api/v1/transparency/checkpoint');
              $('log-note').textContent = note;
              $('log-key').textContent = key.verifierKey;
              $('log-name').textContent = key.origin;
              const checkpoint = await logCheck.openCheckpoint(note, key.verifierKey);
              $('log-size').textContent = checkpoint.size.toString();
              $('log-root').textContent = btoa(String.fromCharCode(...checkpoint.root));
              $('log-verdict').textContent = data.verified;
              $('log-verdict').dataset.result = 'pass';
              document.body.dataset.page = 'ready';
            } catch (e) {
              $('log-verdict').textContent = `${data.failed} ${e.message}`;
              $('log-verdict').dataset.result = 'fail';
              document.body.dataset.page = 'failed';
            }
          })();
        })();
        """;
}
