using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>The questions the agency answers with clarifications.</summary>
public sealed partial class TenderGrain
{
    /// <inheritdoc />
    public Task<IReadOnlyList<QuestionView>> Questions(Actor actor) => Task.FromResult(Aggregate().Questions(actor));
}
