namespace TenderHall.Grains.Tendering;

/// <summary>A question from a document holder; the asker is kept for the record and never published.</summary>
public sealed class TenderQuestion
{
    /// <summary>1, 2, 3… within the tender.</summary>
    public int Number { get; set; }

    /// <summary>The bidder who asked.</summary>
    public string AskerId { get; set; } = "";

    /// <summary>The question.</summary>
    public string Text { get; set; } = "";

    /// <summary>When it was asked.</summary>
    public DateTimeOffset AskedAt { get; set; }

    /// <summary>The clarification that answered it, once answered.</summary>
    public int? AnsweredBy { get; set; }
}
