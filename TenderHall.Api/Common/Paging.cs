using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Common;

/// <summary>Reads a directory index page by page and loads its entries.</summary>
public static class Paging
{
    /// <summary>Largest page the API serves.</summary>
    public const int MaxTake = 200;

    /// <summary>Checks <paramref name="skip"/> and <paramref name="take"/>; throws REQ-FIELD when out of range.</summary>
    public static (int Skip, int Take) Check(int? skip, int? take)
    {
        var s = skip ?? 0;
        var t = take ?? 50;
        if (s < 0) throw RuleViolationException.Of("REQ-FIELD", ("field", "skip"), ("detail", "must be 0 or more"));
        if (t is < 1 or > MaxTake) throw RuleViolationException.Of("REQ-FIELD", ("field", "take"), ("detail", $"must be 1-{MaxTake}"));
        return (s, t);
    }

    /// <summary>One page of <paramref name="index"/>, each id loaded by <paramref name="load"/> (concurrently).</summary>
    public static async Task<Page<T>> Load<T>(IGrainFactory grains, string index, int? skip, int? take, Func<string, Task<T?>> load)
        where T : class
    {
        var (s, t) = Check(skip, take);
        var page = await grains.GetGrain<IDirectoryIndexGrain>(index).List(s, t);
        var items = await Task.WhenAll(page.Ids.Select(load));
        return new Page<T>([.. items.OfType<T>()], page.Total, s, t);
    }
}
