namespace TenderHall.Portal.Agency;

/// <summary>Terminates a tender with its reason (<c>POST /api/v1/tenders/{id}/terminate</c>, BLR 31): fees and deposits go back, holders are told.</summary>
public static class TerminateTenderScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + TenderSummaryScript.Source + """
        (() => {
          const { data, $, status, call, required, run, form, me, restore } = agency;
          form('terminate-form', async () => {
            required(['reason', 'understood']);
            await call('POST', tender.url('/terminate'), { text: $('reason').value.trim() });
            await tender.load();
            status(data.terminated);
            $('terminate-form').hidden = true;
            $('terminated').hidden = false;
          });
          run(async () => { await me(); await tender.load(); restore(); });
        })();
        """;
}
