namespace TenderHall.Portal.Agency;

/// <summary>The tender a task page works on: <c>tender.load()</c> reads it and fills the summary at the top of the page.</summary>
public static class TenderSummaryScript
{
    /// <summary>The part defining <c>tender</c>, after <see cref="AgencyPagesScript.Common"/>.</summary>
    public const string Source = """
        const tender = (() => {
          const { data, $, beijing, call } = agency;
          const url = path => `/api/v1/tenders/${encodeURIComponent(data.tender)}${path}`;
          const load = async () => {
            const view = await call('GET', url(''));
            $('summary-title').textContent = view.registration.title;
            $('summary-status').textContent = data.summary.statuses[view.status] || view.status;
            $('summary-deadline').textContent = view.schedule ? beijing(view.schedule.bidDeadline) : data.summary.unscheduled;
            return view;
          };
          return { url, load };
        })();

        """;
}
