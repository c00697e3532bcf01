namespace TenderHall.Portal.Evaluation;

/// <summary>The agency's evaluation administration: open the session, follow the seats' progress (labels only, BL 37), and once signed the candidates, rejections and report.</summary>
public static class EvaluationAdminScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = EvaluationPagesScript.Common + """
        (() => {
          const { data, $, token, call, status, guard } = page;
          const { url, show, save, preset } = evaluation;
          if (!token) return status(data.signIn);
          const act = (id, work) => $(id).addEventListener('click', () => guard(work));
          const load = async () => show(await call('GET', url('')));
          act('load', load);
          act('open', async () => show(await call('POST', url(''), { hours: Number($('hours').value) })));
          act('pdf', () => save(url('/report.pdf'), 'evaluation-report.pdf'));
          preset(load);
        })();
        """;
}
