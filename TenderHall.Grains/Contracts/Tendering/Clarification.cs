namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>A published clarification or amendment (澄清/修改, BL 23); questions appear without the asker's identity.</summary>
[GenerateSerializer, Alias("th.Clarification")]
public sealed class Clarification
{
    /// <summary>1, 2, 3… in publication order.</summary>
    [Id(0)] public int Number { get; set; }

    /// <summary>The questions it answers, anonymised.</summary>
    [Id(1)] public List<string> Questions { get; set; } = [];

    /// <summary>The answer or the amendment's explanation.</summary>
    [Id(2)] public string Text { get; set; } = "";

    /// <summary>The document version it published, if it amended the documents.</summary>
    [Id(3)] public int? DocumentVersion { get; set; }

    /// <summary>When it was published.</summary>
    [Id(4)] public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The deadline it moved to (BL 23: published less than 15 days before the deadline), if any.</summary>
    [Id(5)] public DateTimeOffset? MovedDeadlineTo { get; set; }
}
