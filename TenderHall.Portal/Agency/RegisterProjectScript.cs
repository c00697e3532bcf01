namespace TenderHall.Portal.Agency;

/// <summary>Registers a project with its approved tender scheme (<c>POST /api/v1/projects</c>, BLR 7); tenders are checked against the scheme.</summary>
public static class RegisterProjectScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = AgencyPagesScript.Common + """
        (() => {
          const { data, $, href, status, create, required, amount, run, form, me, restore } = agency;
          form('project-form', async () => {
            required(['code', 'name', 'tenderee', 'value', 'scope', 'approved-by', 'approval-number']);
            const estimatedValueFen = amount('value');
            const project = await create('/api/v1/projects', {
              code: $('code').value.trim(), name: $('name').value.trim(), tenderee: $('tenderee').value.trim(), type: $('type').value, regime: $('regime').value,
              estimatedValueFen, stateFunded: $('state-funded').checked,
              scheme: {
                scope: $('scope').value.split('\n').map(s => s.trim()).filter(s => s), method: $('method').value, organisation: $('organisation').value,
                approvedBy: $('approved-by').value.trim(), approvalNumber: $('approval-number').value.trim(),
              },
            });
            status(data.registered.replace('{code}', project.code));
            $('schedule-link').href = href(`/agency/tenders/new?project=${encodeURIComponent(project.code)}`);
            $('done').hidden = false;
          });
          run(async () => { await me(); restore(); });
        })();
        """;
}
