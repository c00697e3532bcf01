namespace TenderHall.Api.Common;

/// <summary>A page of a listing.</summary>
/// <param name="Items">The entries of this page.</param>
/// <param name="Total">How many entries the listing has in all.</param>
/// <param name="Skip">Entries skipped before this page.</param>
/// <param name="Take">Page size asked for.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take);
