using TenderHall.Grains.Contracts.Registry;
namespace TenderHall.Grains.Contracts.Experts;

/// <summary>A relationship the expert declared with an organisation; a draw recuses the expert from its tenders.</summary>
[GenerateSerializer, Alias("th.ExpertRelationship")]
public sealed record DeclaredRelationship
{
    /// <summary>What the relationship is.</summary>
    [Id(0)] public RelationshipKind Kind { get; init; }

    /// <summary>The organisation's unified social credit code.</summary>
    [Id(1)] public string CreditCode { get; init; } = "";

    /// <summary>Free text, e.g. "spouse".</summary>
    [Id(2)] public string Note { get; init; } = "";
}
