namespace TenderHall.Grains.Contracts.Experts;

/// <summary>An agency's request for an expert draw for one tender (BL 37, BLR 46).</summary>
[GenerateSerializer, Alias("th.DrawRequest")]
public sealed class DrawRequest
{
    /// <summary>When the evaluation starts; unavailable experts are skipped.</summary>
    [Id(0)] public DateTimeOffset EvaluationAt { get; set; }

    /// <summary>Committee size: at least 5 and odd (BL 37).</summary>
    [Id(1)] public int CommitteeSize { get; set; }

    /// <summary>Seats of the tenderee's own representatives (not drawn); experts must hold at least 2/3 of the seats.</summary>
    [Id(2)] public int TendereeSeats { get; set; }

    /// <summary>Expert seats per specialty.</summary>
    [Id(3)] public List<DrawSeats> Seats { get; set; } = [];

    /// <summary>The tenderee's unified social credit code: its staff of the past years are recused.</summary>
    [Id(4)] public string TendereeCreditCode { get; set; } = "";

    /// <summary>Optional region rule: only experts working in these division codes; empty for none.</summary>
    [Id(5)] public List<string> Regions { get; set; } = [];
}
