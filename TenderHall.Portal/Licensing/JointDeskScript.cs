using TenderHall.Portal.Experts;

namespace TenderHall.Portal.Licensing;

/// <summary>
/// The department's desk of joint sub-cases (联办件): every joint case with a part here, each department's part and limit,
/// and the chief representative's decision on the department's own part (ALL 26, 42).
/// </summary>
public static class JointDeskScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = DrawPagesScript.Common + """
        (() => {
          const { $, token, call, status, guard, fill, button, data } = page;
          if (!token) return status(data.signIn);
          const load = async () => {
            const me = await call('GET', '/api/v1/auth/me');
            const desk = await call('GET', '/api/v1/licensing/desks/sub-cases?take=100');
            $('no-sub-cases').hidden = desk.items.length > 0;
            fill('sub-cases', desk.items, c => {
              const own = c.subCases.find(s => s.departmentId === me.organizationId);
              const decide = document.createElement('span');
              if (own && own.status === 'Open' && c.status === 'JointReview') {
                const send = grant => () => guard(async () => {
                  const reason = $('reason').value.trim();
                  if (!reason) throw new Error(data.opinionRequired);
                  await call('POST', `/api/v1/licensing/cases/${encodeURIComponent(c.caseNumber)}/sub-cases/${encodeURIComponent(own.departmentId)}/decision`, { grant, reason });
                  await load();
                });
                decide.append(button(data.grant, send(true)), ' ', button(data.deny, send(false)));
              }
              return [
                c.caseNumber, c.item.name, data.statuses[c.status] ?? c.status,
                c.subCases.map(s => `${s.departmentId}: ${data.parts[s.status] ?? s.status}${s.escalated ? ' · ' + data.escalated : ''}`).join('; '),
                own ? new Date(own.due).toLocaleString(document.documentElement.lang, { timeZone: 'Asia/Shanghai' }) : '—',
                decide,
              ];
            });
          };
          guard(load);
        })();
        """;
}
