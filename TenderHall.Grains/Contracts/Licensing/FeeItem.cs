namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>A fee an item may charge: collected only through unified fee collection and paid to the treasury (ALL 58-59).</summary>
[GenerateSerializer, Alias("th.FeeItem")]
public sealed class FeeItem
{
    /// <summary>Fee name (收费项目).</summary>
    [Id(0)] public string Name { get; set; } = "";

    /// <summary>Fee standard in yuan (收费标准); fixed-amount fees only.</summary>
    [Id(1)] public decimal AmountYuan { get; set; }

    /// <summary>The law or regulation that allows the fee (收费依据).</summary>
    [Id(2)] public string LegalBasis { get; set; } = "";
}
