namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>A question from a document holder as its agency sees it: never who asked (BL 22).</summary>
[GenerateSerializer, Alias("th.QuestionView")]
public sealed class QuestionView
{
    /// <summary>1, 2, 3… within the tender.</summary>
    [Id(0)] public int Number { get; set; }

    /// <summary>The question.</summary>
    [Id(1)] public string Text { get; set; } = "";

    /// <summary>When it was asked.</summary>
    [Id(2)] public DateTimeOffset AskedAt { get; set; }

    /// <summary>The clarification that answered it, once answered.</summary>
    [Id(3)] public int? AnsweredBy { get; set; }
}
