namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The agency's or the supervisor's rating of an expert after one evaluation, each item 1 (poor) to 5 (excellent).</summary>
[GenerateSerializer, Alias("th.ExpertRating")]
public sealed record ExpertRating
{
    /// <summary>The evaluated tender.</summary>
    [Id(0)] public string TenderId { get; init; } = "";

    /// <summary>Who rated: <c>Agency</c> or <c>Supervisor</c>.</summary>
    [Id(1)] public string RaterRole { get; init; } = "";

    /// <summary>The rating user.</summary>
    [Id(2)] public string Rater { get; init; } = "";

    /// <summary>Attendance and punctuality; 1 also stands for an absence.</summary>
    [Id(3)] public int Attendance { get; init; }

    /// <summary>Independence and impartiality.</summary>
    [Id(4)] public int Independence { get; init; }

    /// <summary>Quality of the evaluation work.</summary>
    [Id(5)] public int Quality { get; init; }

    /// <summary>When it was given.</summary>
    [Id(6)] public DateTimeOffset At { get; init; }

    /// <summary>The mean of the three items.</summary>
    public double Mean => (Attendance + Independence + Quality) / 3.0;
}
