namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>
/// The evaluation method and its parameters as the tender documents fix them before publication (BL 19, 40; BLR 49): the
/// committee may use no other. Its canonical hash is logged with the announcement.
/// </summary>
[GenerateSerializer, Alias("th.EvaluationMethod")]
public sealed class EvaluationMethod
{
    /// <summary>Comprehensive scoring or lowest evaluated price.</summary>
    [Id(0)] public EvaluationMethodKind Kind { get; set; } = EvaluationMethodKind.Comprehensive;

    /// <summary>Points for the price (comprehensive scoring; the three weights total 100).</summary>
    [Id(1)] public decimal PriceWeight { get; set; }

    /// <summary>Points for the technical part, given by each expert.</summary>
    [Id(2)] public decimal TechnicalWeight { get; set; }

    /// <summary>Points for the commercial part, given by each expert.</summary>
    [Id(3)] public decimal CommercialWeight { get; set; }

    /// <summary>The benchmark price is the mean of the valid bids times this factor (engineering; 0.80–1.20).</summary>
    [Id(4)] public decimal BenchmarkFactor { get; set; } = 1m;

    /// <summary>Whether the highest and the lowest valid bid are left out of the mean (when five or more are valid).</summary>
    [Id(5)] public bool DropExtremes { get; set; }

    /// <summary>Price points deducted per percent the bid lies above the benchmark.</summary>
    [Id(6)] public decimal DeductionAbovePerPercent { get; set; }

    /// <summary>Price points deducted per percent the bid lies below the benchmark.</summary>
    [Id(7)] public decimal DeductionBelowPerPercent { get; set; }

    /// <summary>Qualification and compliance criteria, each passed or failed per bid (BLR 51).</summary>
    [Id(8)] public List<string> Criteria { get; set; } = [];
}
