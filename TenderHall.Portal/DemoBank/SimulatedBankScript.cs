using TenderHall.Portal.Award;

namespace TenderHall.Portal.DemoBank;

/// <summary>
/// The simulated bank's pages in the browser: the payer confirms, and the bank's server (<c>/demo/bank</c>) signs the
/// callback and sends it to the platform, whose answer (the receipt, or the refusal with its rule code) the page shows.
/// The page holds no platform token: the bank is not the payer's session.
/// </summary>
public static class SimulatedBankScript
{
    /// <summary>The payment page's script.</summary>
    public static string Pay { get; } = AwardPagesScript.Common + """
        (() => {
          const { data, status } = page;
          const { act } = after;
          act('pay', async () => {
            const paid = await session.call('POST', '/demo/bank/payments', { orderId: data.order, amountFen: Number(data.amount) });
            status(`${data.paid} ${paid.receiptNumber} (${paid.bankTransactionId})`);
          });
          document.body.dataset.page = 'ready';
        })();
        """;

    /// <summary>The issuer's page's script.</summary>
    public static string Decide { get; } = AwardPagesScript.Common + """
        (() => {
          const { data, status } = page;
          const { act } = after;
          const decide = decision => async () => {
            const letter = await session.call('POST', '/demo/bank/guarantee-decisions', { guaranteeId: data.guarantee, decision });
            status(`${data.decided} ${letter.letterNumber}: ${data.statuses[letter.status] || letter.status}`);
          };
          act('verify', decide('Verified'));
          act('reject', decide('Rejected'));
          document.body.dataset.page = 'ready';
        })();
        """;
}
