using TenderHall.Portal.Account;

namespace TenderHall.Portal.Experts;

/// <summary>
/// What the expert-database and draw pages share in the browser: their data, the tab's token, calls to the API, and filling
/// tables with text nodes only (every value is data, never markup).
/// </summary>
public static class DrawPagesScript
{
    /// <summary>The id of each page's data element.</summary>
    public const string DataId = "page-data";

    /// <summary>The shared part, after <see cref="BrowserSession.Script"/>; each page's script follows it.</summary>
    public static string Common { get; } = BrowserSession.Script + """
        const page = (() => {
          const data = JSON.parse(document.getElementById('page-data').textContent);
          const $ = id => document.getElementById(id);
          const token = session.token();
          const call = (method, path, body) => session.call(method, path, body, token);
          const status = text => { $('page-status').textContent = text; };
          const guard = async work => {
            try { await work(); document.body.dataset.page = 'ready'; }
            catch (e) { status(e.message); document.body.dataset.page = 'failed'; }
          };
          const fill = (tableId, rows, cells) => {
            const body = $(tableId).tBodies[0];
            body.replaceChildren();
            for (const row of rows) {
              const tr = body.insertRow();
              for (const value of cells(row)) tr.insertCell().append(value instanceof Node ? value : document.createTextNode(value ?? ''));
            }
          };
          const button = (text, onClick) => { const b = document.createElement('button'); b.type = 'button'; b.textContent = text; b.addEventListener('click', onClick); return b; };
          const form = (id, work) => $(id).addEventListener('submit', e => { e.preventDefault(); guard(work); });
          const tender = () => encodeURIComponent($('tender').value.trim());
          return { data, $, token, call, status, guard, fill, button, form, tender };
        })();

        """;
}
