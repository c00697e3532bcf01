namespace TenderHall.Grains.Contracts.Complaints;

/// <summary>What a complainant files: the tender, the facts, when it knew of them, the evidence already uploaded.</summary>
[GenerateSerializer, Alias("th.ComplaintFiling")]
public sealed class ComplaintFiling
{
    /// <summary>The tender complained about.</summary>
    [Id(0)] public string TenderId { get; set; } = "";

    /// <summary>The facts and what is asked.</summary>
    [Id(1)] public string Text { get; set; } = "";

    /// <summary>When the complainant knew or should have known (BLR 60: the 10 days run from here).</summary>
    [Id(2)] public DateTimeOffset KnownAt { get; set; }

    /// <summary>SHA-256 of evidence files in the blob store.</summary>
    [Id(3)] public List<string> Evidence { get; set; } = [];

    /// <summary>Government procurement: the challenge (质疑, an objection id of the tender) the complaint follows (GPL 55).</summary>
    [Id(4)] public string? ChallengeId { get; set; }
}
