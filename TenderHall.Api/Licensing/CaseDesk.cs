using TenderHall.Api.Common;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Licensing;

/// <summary>The desk of a department's immediate, committed and composite-window cases: the open ones, the nearest clock first.</summary>
internal static class CaseDesk
{
    private static readonly CaseStatus[] Closed = [CaseStatus.NotAccepted, CaseStatus.Denied, CaseStatus.Certified];

    /// <summary>A page of the open cases of <paramref name="departmentId"/>, by the instant their next clock runs out (stopped clocks last).</summary>
    public static async Task<Page<CaseView>> Load(IGrainFactory grains, string departmentId, int? skip, int? take)
    {
        var (s, t) = Paging.Check(skip, take);
        var numbers = await DirectoryIndexes.AllIds(grains, LicensingDeskKeys.Cases(departmentId));
        var views = await Task.WhenAll(numbers.Select(n => grains.GetGrain<ILicensingCaseGrain>(n).Get()));
        // Joint cases have their own desk (sub-cases); finished cases leave the desk.
        var open = views.OfType<CaseView>().Where(v => v.Item.Mode != LicensingMode.Joint && !Closed.Contains(v.Status))
            .OrderBy(v => Due(v) ?? DateTimeOffset.MaxValue).ThenBy(v => v.CaseNumber, StringComparer.Ordinal).ToList();
        return new Page<CaseView>([.. open.Skip(s).Take(t)], open.Count, s, t);
    }

    /// <summary>The clock that runs out next: the one-time notice, the decision, or the certificate (ALL 32, 42, 44).</summary>
    public static DateTimeOffset? Due(CaseView view) => view.Status switch
    {
        CaseStatus.Received => view.Clocks.NoticeDue,
        CaseStatus.Approved => view.Clocks.CertificateDue,
        _ => view.Clocks.DecisionDue,
    };
}
