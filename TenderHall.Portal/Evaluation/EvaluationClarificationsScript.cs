namespace TenderHall.Portal.Evaluation;

/// <summary>The bidder's page for the committee's clarification requests to it (BL 39): its own requests only, answered before each deadline.</summary>
public static class EvaluationClarificationsScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = EvaluationPagesScript.Common + """
        (() => {
          const { $, token, call, status, guard, data } = page;
          const { url, show, preset } = evaluation;
          if (!token) return status(data.signIn);
          const load = async () => show(await call('GET', url('')));
          $('load').addEventListener('click', () => guard(load));
          $('send').addEventListener('click', () => guard(async () => {
            await call('POST', url(`/clarifications/${Number($('number').value)}/answer`), { answer: $('answer').value });
            await load();
          }));
          preset(load);
        })();
        """;
}
