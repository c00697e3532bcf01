namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>An objection to the tender documents (异议, BLR 22).</summary>
[GenerateSerializer, Alias("th.Objection")]
public sealed class Objection
{
    /// <summary>Id within the tender: O1, O2…</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>The document holder or interested party who raised it (not published).</summary>
    [Id(1)] public string ObjectorId { get; set; } = "";

    /// <summary>What is objected to.</summary>
    [Id(2)] public string Text { get; set; } = "";

    /// <summary>When it was raised.</summary>
    [Id(3)] public DateTimeOffset RaisedAt { get; set; }

    /// <summary>When the answer is due (3 days, BLR 22).</summary>
    [Id(4)] public DateTimeOffset AnswerDue { get; set; }

    /// <summary>The tenderee's answer, once given.</summary>
    [Id(5)] public string? Answer { get; set; }

    /// <summary>When it was answered.</summary>
    [Id(6)] public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>
    /// For an interested party that did not obtain the documents (BLR 22 "其他利害关系人"): the stated ground of its interest,
    /// which the agency reviews; null for a document holder.
    /// </summary>
    [Id(7)] public string? InterestGround { get; set; }

    /// <summary>The agency's review of <see cref="InterestGround"/>: null while pending (or for a holder), true when accepted.</summary>
    [Id(8)] public bool? InterestAccepted { get; set; }

    /// <summary>SHA-256 of the evidence files the objector uploaded with its grounds (in the blob store, never published).</summary>
    [Id(9)] public List<string> Evidence { get; set; } = [];

    /// <summary>A copy without <see cref="ObjectorId"/>: what the agency reads, since the objector may be a document holder (BL 22).</summary>
    public Objection WithoutObjector()
    {
        var copy = (Objection)MemberwiseClone();
        copy.ObjectorId = "";
        copy.Evidence = [.. Evidence];
        return copy;
    }
}
