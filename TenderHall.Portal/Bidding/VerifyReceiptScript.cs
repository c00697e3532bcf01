using TenderHall.Portal.Account;
using TenderHall.Portal.Experts;
using TenderHall.Portal.Transparency;

namespace TenderHall.Portal.Bidding;

/// <summary>
/// The public "verify a receipt" page: a receipt file chosen or dropped (and, optionally, the envelope it names, hashed
/// here) is checked in the browser against the public log; the verdict and every step are shown as text.
/// </summary>
public static class VerifyReceiptScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = BrowserSession.Script + DrawCheckScript.Source + LogCheckScript.Source + ReceiptCheckScript.Source
        + ReceiptViewScript.Source + Sha256Script.Source + Template;

    private const string Template = """
        (() => {
          const data = JSON.parse(document.getElementById('verify-data').textContent);
          const $ = id => document.getElementById(id);
          const hex = b => Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
          const verify = async () => {
            const file = $('receipt-file').files[0], envelopeFile = $('envelope-file').files[0];
            if (!file) return;
            document.body.dataset.verify = 'running';
            let receipt;
            try { receipt = JSON.parse(await file.text()); } catch { receipt = null; }
            if (!receipt || typeof receipt !== 'object') {
              $('receipt-verdict').dataset.result = 'fail';
              $('receipt-verdict').textContent = data.notJson;
              document.body.dataset.verify = 'fail';
              return;
            }
            let envelope = null;
            if (envelopeFile) {
              const sha = new Sha256();
              for (let at = 0; at < envelopeFile.size; at += 1 << 20) sha.update(new Uint8Array(await envelopeFile.slice(at, at + (1 << 20)).arrayBuffer()));
              envelope = { sha256: hex(sha.digest()), size: envelopeFile.size };
            }
            const result = await receiptView(receipt, envelope, data.receipt);
            $('receipt-key').textContent = result.key || '';
            $('receipt-key-row').hidden = !result.key;
            document.body.dataset.verify = result.verified ? 'pass' : 'fail';
          };
          $('verify-form').addEventListener('submit', event => { event.preventDefault(); verify(); });
          $('receipt-file').addEventListener('change', verify);
          // Dropping a file anywhere on the field puts it in the file input, which verifies it.
          const drop = $('drop');
          drop.addEventListener('dragover', event => { event.preventDefault(); drop.dataset.over = 'true'; });
          drop.addEventListener('dragleave', () => { delete drop.dataset.over; });
          drop.addEventListener('drop', event => {
            event.preventDefault();
            delete drop.dataset.over;
            if (!event.dataTransfer.files.length) return;
            $('receipt-file').files = event.dataTransfer.files;
            verify();
          });
          document.body.dataset.verify = 'ready';
        })();
        """;
}
