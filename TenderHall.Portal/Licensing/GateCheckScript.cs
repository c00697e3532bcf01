using TenderHall.Portal.Experts;

namespace TenderHall.Portal.Licensing;

/// <summary>The gate check page: paste or upload a trade certificate, check it for a project, see the verdict (docs/gate.md).</summary>
public static class GateCheckScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + """
        (() => {
          const { $, token, call, status, guard, form, data } = page;
          if (!token) return status(data.signIn);
          $('certificate-file').addEventListener('change', () => guard(async () => {
            const file = $('certificate-file').files[0];
            if (file) $('certificate').value = await file.text();
          }));
          form('gate-check', async () => {
            const text = $('certificate').value.trim();
            const verdict = await call('POST', '/api/v1/gate/check', { projectCode: $('project').value.trim(), certificate: text === '' ? null : text });
            $('verdict-title').textContent = verdict.passed ? data.passed : data.refused;
            $('verdict-rule').textContent = verdict.rule ?? '—';
            $('verdict-reason').textContent = (data.english ? verdict.reasonEn : verdict.reasonZh) ?? '—';
            $('verdict-detail').textContent = verdict.detail;
            $('verdict-tender').textContent = verdict.tenderId ?? '—';
            $('verdict-exemption').textContent = verdict.exemptionDocument ?? '—';
            $('verdict-log').textContent = verdict.refusalLogIndex ?? verdict.anchorIndex ?? '—';
            $('verdict').hidden = false;
            status('');
          });
        })();
        """;
}
