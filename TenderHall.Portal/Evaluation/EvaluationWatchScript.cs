namespace TenderHall.Portal.Evaluation;

/// <summary>The supervisor's evaluation watch: check-in, the committee with names, every sheet, remarks, recordings' hashes, the report.</summary>
public static class EvaluationWatchScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = EvaluationPagesScript.Common + """
        (() => {
          const { $, token, call, status, guard, data } = page;
          const { url, show, save, preset } = evaluation;
          if (!token) return status(data.signIn);
          const act = (id, work) => $(id).addEventListener('click', () => guard(async () => { await work(); show(await call('GET', url(''))); }));
          act('load', async () => {});
          act('watch', () => call('POST', url('/watch')));
          act('add-remark', () => call('POST', url('/remarks'), { text: $('remark').value }));
          act('add-recordings', () => call('POST', url('/recordings'), {
            recordings: $('recordings').value.split('\n').map(l => l.trim()).filter(l => l).map(l => {
              const at = l.lastIndexOf(' ');
              return { name: l.slice(0, at).trim(), sha256: l.slice(at + 1).toLowerCase() };
            }),
          }));
          act('scores', async () => {
            const sheets = await call('GET', url('/scores'));
            $('sheets').textContent = sheets.map(s => `${s.seat}: ` + s.entries.map(e => `${e.bidderId} ${e.technical}/${e.commercial}/${e.adjustment}`).join('; ')).join('\n');
          });
          act('render', () => call('POST', url('/report')));
          act('pdf', () => save(url('/report.pdf'), 'evaluation-report.pdf'));
          preset(async () => show(await call('GET', url(''))));
        })();
        """;
}
