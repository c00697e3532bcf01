namespace TenderHall.Portal.Bidder;

/// <summary>
/// Buying the documents: the fee order at the published price (<c>POST /api/v1/fees/orders</c>), payment at the bank
/// (in a demo the simulated bank's page), and the download once the bank's callback marked the order paid. The order is
/// the bidder's own: nothing public changes (BL 22).
/// </summary>
public static class BuyDocumentsScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = BidderPagesScript.Common + """
        (() => {
          const { data, $, call, status } = page;
          const { yuan } = after;
          const { beijing } = evaluation;
          const { act, start, me, download, tender: load } = bidder;
          let tender = null, orderId = null;
          const show = async () => {
            tender = await load();
            orderId = `doc:${tender.id}:${(await me()).organizationId}`;
            $('tender-title').textContent = tender.registration.title;
            $('fee').textContent = yuan(tender.registration.documentFeeFen);
            $('sale').textContent = tender.schedule ? `${beijing(tender.schedule.saleStart)} – ${beijing(tender.schedule.saleEnd)}` : '';
            $('state').textContent = data.statuses[tender.status] || tender.status;
            let order = null;
            try { order = await call('GET', '/api/v1/fees/orders/' + encodeURIComponent(orderId)); }
            catch (e) { if (e.rule !== 'FEE-ORDER-NOT-FOUND') throw e; }
            $('order-state').textContent = order ? `${order.id} · ${yuan(order.amountFen)} · ${data.orders[order.status] || order.status}` : data.noOrder;
            $('order').hidden = !!order;
            const unpaid = order && order.status === 'AwaitingPayment';
            $('pay').hidden = !unpaid || !data.bankPage;
            if (unpaid && data.bankPage) {
              const back = encodeURIComponent(location.pathname + location.search);
              $('pay').href = `${data.bankPage}${data.bankPage.includes('?') ? '&' : '?'}order=${encodeURIComponent(order.id)}&amount=${order.amountFen}&return=${back}`;
            }
            $('receipt').textContent = order && order.payment ? `${data.paid} ${order.payment.receiptNumber} · ${beijing(order.payment.paidAt)}`
              : unpaid && !data.bankPage ? `${data.payAtCounter} ${order.id}` : '';
            document.body.dataset.order = order ? order.status : 'none';
          };
          act('order', async () => {
            await call('POST', '/api/v1/fees/orders', { purpose: 'DocumentFee', subjectId: tender.id, amountFen: tender.registration.documentFeeFen });
            await show();
            status(data.ordered);
          });
          act('refresh', show);
          act('download', async () => {
            const response = await download(after.tenderUrl('/documents'), `${tender.id}.bin`);
            status(`${data.downloaded} v${response.headers.get('X-Document-Version')} · SHA-256 ${response.headers.get('X-Document-Sha256')}`);
          });
          start(show);
        })();
        """;
}
