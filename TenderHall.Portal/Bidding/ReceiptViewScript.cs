namespace TenderHall.Portal.Bidding;

/// <summary>
/// Shows a receipt's check on a page, as the global <c>receiptView(receipt, envelope, labels)</c>: fetches the log's key,
/// its latest checkpoint and the consistency proof (public endpoints), runs <see cref="ReceiptCheckScript"/>, and fills
/// <c>#receipt-verdict</c> (<c>data-result</c> pass or fail) and the <c>#receipt-steps</c> table with text only.
/// </summary>
public static class ReceiptViewScript
{
    /// <summary>The script, after <see cref="ReceiptCheckScript"/> and <see cref="Account.BrowserSession"/>.</summary>
    public static string Source { get; } = """
        const receiptView = async (receipt, envelope, labels) => {
          const verdict = document.getElementById('receipt-verdict'), steps = document.getElementById('receipt-steps');
          verdict.dataset.result = 'running';
          verdict.textContent = labels.running;
          let result;
          try {
            const key = await session.call('GET', '/api/v1/transparency/key');
            const log = {
              checkpoint: async () => {
                const response = await fetch('/api/v1/transparency/checkpoint', { credentials: 'omit' });
                if (!response.ok) throw new Error(`HTTP ${response.status}`);
                return response.text();
              },
              consistency: async (from, to) => (await session.call('GET', `/api/v1/transparency/proofs/consistency?from=${from}&to=${to}`)).hashes,
            };
            result = await receiptCheck(receipt, key.verifierKey, envelope, log);
            result.key = key.verifierKey;
          } catch (e) {
            result = { verified: false, step: 'log', detail: e.message, passed: [] };
          }
          const body = steps.tBodies[0];
          body.replaceChildren();
          for (const step of labels.steps) {
            if (step.id === 'envelope' && !envelope) continue;
            const row = body.insertRow();
            row.dataset.step = step.id;
            row.insertCell().textContent = step.name;
            row.insertCell().textContent = result.passed.includes(step.id) ? '✓' : step.id === result.step ? '✗ ' + result.detail : '—';
          }
          verdict.dataset.result = result.verified ? 'pass' : 'fail';
          verdict.textContent = result.verified
            ? `${labels.passed} ${result.fields.tender} · ${result.fields.bidder} · ${result.fields.envelope} · #${result.fields['log-index']}`
            : `${labels.failed} ${result.detail}`;
          return result;
        };

        """;
}
