namespace TenderHall.Portal.Hall;

/// <summary>Takes a ticket at a window (排号) for a visitor or the hall's kiosk: no sign-in, no personal data.</summary>
public static class TakeTicketScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = HallPagesScript.Common + """
        (() => {
          const { $, data, call, say, check, form } = hall;
          // An item is received at one window (ALL 26): choosing it chooses the window whose queue serves it.
          $('item').addEventListener('change', () => {
            const window = $('item').selectedOptions[0].dataset.window;
            if (window) $('window').value = window;
          });
          form('ticket-form', async () => {
            const window = $('window').value;
            check(window ? [] : [['window', data.windowRequired]]);
            const body = { itemCode: $('item').value || null, projectCode: $('project').value.trim() || null };
            const receipt = await call('POST', `/api/v1/hall/windows/${encodeURIComponent(window)}/tickets`, body);
            $('ticket-code').textContent = receipt.ticket.code;
            $('ticket-window').textContent = $('window').selectedOptions[0].textContent;
            $('ticket-ahead').textContent = String(receipt.ticket.ahead);
            $('ticket-date').textContent = receipt.date;
            $('ticket-secret').textContent = receipt.secret;
            // The rating code travels in the fragment, which the browser never sends to any server.
            const query = `window=${encodeURIComponent(receipt.windowId)}&date=${receipt.date}&ticket=${receipt.ticket.code}`;
            $('rate-link').href = `${data.rateHref}${data.rateHref.includes('?') ? '&' : '?'}${query}#${receipt.secret}`;
            $('ticket').hidden = false;
            say(data.taken);
          });
        })();
        """;
}
