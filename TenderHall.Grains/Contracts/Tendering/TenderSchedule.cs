namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>The instants a published tender runs by, as validated and moved by the statutory deadline engine.</summary>
[GenerateSerializer, Alias("th.TenderScheduleView")]
public sealed class TenderScheduleView
{
    /// <summary>When the announcement was published (documents start being issued).</summary>
    [Id(0)] public DateTimeOffset AnnouncedAt { get; set; }

    /// <summary>Sale window start.</summary>
    [Id(1)] public DateTimeOffset SaleStart { get; set; }

    /// <summary>Sale window end.</summary>
    [Id(2)] public DateTimeOffset SaleEnd { get; set; }

    /// <summary>Bid deadline, which is also the opening time (BL 34).</summary>
    [Id(3)] public DateTimeOffset BidDeadline { get; set; }

    /// <summary>The deadline first announced, before any move.</summary>
    [Id(4)] public DateTimeOffset OriginalBidDeadline { get; set; }

    /// <summary>Objections to the documents must come before this instant (BLR 22); null where the law has no such window (procurement).</summary>
    [Id(5)] public DateTimeOffset? ObjectionCutoff { get; set; }

    /// <summary>A clarification published before this instant leaves the deadline where it is (BL 23).</summary>
    [Id(6)] public DateTimeOffset ClarificationCutoff { get; set; }
}
