using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Portal.Tendering;

/// <summary>The list's "open to bidders" filter: announcements whose documents are on sale, or that still take bids.</summary>
public static class OpenTenders
{
    private const int Batch = 200;

    /// <summary>The statuses a filter value keeps (<c>documents</c>, <c>bids</c>), or null for no filter.</summary>
    public static TenderStatus[]? Statuses(string? filter) => filter switch
    {
        "documents" => [TenderStatus.DocumentsOnSale],
        "bids" => [TenderStatus.DocumentsOnSale, TenderStatus.Tendering],
        _ => null,
    };

    /// <summary>One page of the matching announcements in <paramref name="statuses"/>, newest first, and how many there are.</summary>
    /// <remarks>A status moves with the clock and is not in the search index, so every match is read and its status checked.</remarks>
    public static async Task<(List<TenderView> Page, int Total)> Find(
        AnnouncementIndex announcements, IGrainFactory grains, string? query, TenderStatus[] statuses, int skip, int take)
    {
        var open = new List<TenderView>();
        for (var from = 0; ; from += Batch)
        {
            var (ids, total) = await announcements.Search(query, from, Batch);
            var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<ITenderGrain>(id).Get()));
            open.AddRange(views.OfType<TenderView>().Where(v => statuses.Contains(v.Status)));
            if (ids.Count == 0 || from + Batch >= total) break;
        }

        return ([.. open.Skip(skip).Take(take)], open.Count);
    }
}
