namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The level of an expert's professional title (BL 37: a senior title or an equivalent professional level).</summary>
public enum TitleLevel
{
    /// <summary>Junior title (初级).</summary>
    Junior,

    /// <summary>Intermediate title (中级).</summary>
    Intermediate,

    /// <summary>Senior title (副高级或正高级).</summary>
    Senior,

    /// <summary>No senior title, but a professional level the centre recognised as equivalent (同等专业水平).</summary>
    Equivalent,
}
