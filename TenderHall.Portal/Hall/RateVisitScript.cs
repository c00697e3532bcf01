namespace TenderHall.Portal.Hall;

/// <summary>Rates a served hall visit once (一次一评) with the ticket's rating code, read from the link's fragment when it has one.</summary>
public static class RateVisitScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = HallPagesScript.Common + """
        (() => {
          const { $, data, call, say, check, beijing, form } = hall;
          const query = new URLSearchParams(location.search);
          for (const id of ['window', 'date', 'ticket']) if (query.get(id)) $(id).value = query.get(id);
          if (location.hash.length > 1) $('code').value = decodeURIComponent(location.hash.slice(1));
          form('rate-form', async () => {
            const v = id => $(id).value.trim();
            const level = document.querySelector('input[name=level]:checked');
            const problems = [];
            if (!v('window')) problems.push(['window', data.windowRequired]);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(v('date'))) problems.push(['date', data.dateRequired]);
            if (!/^[AVav]\d{3}$/.test(v('ticket'))) problems.push(['ticket', data.ticketRequired]);
            if (!v('code')) problems.push(['code', data.codeRequired]);
            if (!level) problems.push(['level', data.levelRequired]);
            if ($('comment').value.length > 500) problems.push(['comment', data.commentTooLong]);
            check(problems);
            const rating = await call('POST', `/api/v1/hall/windows/${encodeURIComponent(v('window'))}/tickets/${encodeURIComponent(v('ticket').toUpperCase())}/rating`,
              { date: v('date'), secret: v('code'), level: level.value, comment: $('comment').value });
            say(rating.followUp ? `${data.thanks} ${data.followUp}${beijing(rating.followUp.due)}` : data.thanks);
          });
        })();
        """;
}
