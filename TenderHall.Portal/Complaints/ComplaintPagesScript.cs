using TenderHall.Portal.Award;

namespace TenderHall.Portal.Complaints;

/// <summary>What the complaint pages share in the browser: a case's clocks as table cells, and a file sent as a request body.</summary>
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
          // The body is the file itself; a refusal comes back as problem details, read like session.call reads them.
          const send = async (path, file) => {
            const response = await fetch(path, {
              method: 'POST', credentials: 'omit', body: file,
              headers: { Authorization: 'Bearer ' + page.token, Accept: 'application/json', 'Accept-Language': document.documentElement.lang, 'Content-Type': 'application/octet-stream' },
            });
            const body = await response.json().catch(() => ({}));
            if (response.ok) return body;
            const error = new Error(body.detail || body.title || `HTTP ${response.status}`);
            error.status = response.status;
            error.rule = body.rule;
            throw error;
          };
          return { clocks, send };
        })();

        """;
}
