namespace TenderHall.Portal.Bidder;

/// <summary>What the objection pages share in the browser: one objection as table cells, with its 3-day answer clock (BLR 22) and its evidence files.</summary>
public static class ObjectionsScript
{
    /// <summary>The shared part, after <see cref="BidderPagesScript.Common"/>.</summary>
    public static string Common { get; } = BidderPagesScript.Common + """
        const objections = (() => {
          const { data } = page;
          const { due } = after;
          const { beijing } = evaluation;
          // An interested party's stated interest is reviewed first; a rejected one closes the objection.
          const interest = o => o.interestGround ? ` (${data.interest[o.interestAccepted === true ? 'accepted' : o.interestAccepted === false ? 'rejected' : 'pending']})` : '';
          const cells = (o, now) => [o.id, beijing(o.raisedAt), o.text + interest(o), due(o.answerDue, now, o.answeredAt), o.answer ? `${o.answer} (${beijing(o.answeredAt)})` : ''];
          // Each evidence file a button that fetches it with the tab's token (only the objector, the agency and supervisors may).
          const files = (tenderId, o) => {
            const cell = document.createElement('span');
            o.evidence.forEach((sha, i) => {
              const path = `/api/v1/tenders/${encodeURIComponent(tenderId)}/objections/${encodeURIComponent(o.id)}/evidence/${sha}`;
              cell.append(page.button(`${i + 1}`, () => page.guard(() => evaluation.save(path, `${tenderId}-${o.id}-${sha.slice(0, 12)}`))), ' ');
            });
            return cell;
          };
          return { cells, files };
        })();

        """;
}
