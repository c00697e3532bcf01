using TenderHall.Portal.Award;

namespace TenderHall.Portal.Complaints;

/// <summary>What the complaint pages share in the browser: a case's clocks as table cells, and a file sent as a request body (<c>evaluation.upload</c>).</summary>
public static class ComplaintPagesScript
{
    /// <summary>The shared part; each page's script follows it.</summary>
    public static string Common { get; } = AwardPagesScript.Common + """
        const complaints = (() => {
          const { data } = page;
          const { due } = after;
          const { beijing } = evaluation;
          // A rejection ends the case as a decision does: no clock runs after either.
          const clocks = (c, now) => {
            const closed = c.decidedAt || (c.status === 'Rejected' ? c.acceptedAt : null);
            return [data.statuses[c.status] || c.status, beijing(c.filedAt), due(c.acceptanceDue, now, c.acceptedAt), due(c.decisionDue, now, closed)];
          };
          return { clocks, send: evaluation.upload };
        })();

        """;
}
