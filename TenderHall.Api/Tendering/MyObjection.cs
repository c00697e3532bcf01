using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tendering;

/// <summary>One of the caller's objections to a tender's documents, with the tender it was raised on.</summary>
/// <param name="TenderId">The tender.</param>
/// <param name="Title">The tender's title.</param>
/// <param name="Status">Where the tender stands (an open objection to an engineering tender pauses it).</param>
/// <param name="Objection">The objection with its answer clock (BLR 22: 3 days) and the answer once given.</param>
public sealed record MyObjection(string TenderId, string Title, TenderStatus Status, Objection Objection);
