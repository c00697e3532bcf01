namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>One rating as its rater, its department, the centre and supervision see it (the comment is never public).</summary>
[GenerateSerializer, Alias("th.RatingView")]
public sealed class RatingView
{
    /// <summary>The rating's id: <c>case-{case number}</c> (一事一评) or <c>visit-{window}-{yyyyMMdd}-{ticket}</c> (一次一评).</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>The department whose service is rated.</summary>
    [Id(1)] public string DepartmentId { get; set; } = "";

    /// <summary>The level.</summary>
    [Id(2)] public RatingLevel Level { get; set; }

    /// <summary>The rater's words (at most 500 characters), kept out of every public result.</summary>
    [Id(3)] public string Comment { get; set; } = "";

    /// <summary>When it was given.</summary>
    [Id(4)] public DateTimeOffset RatedAt { get; set; }

    /// <summary>The follow-up of a bad rating; null for a good one.</summary>
    [Id(5)] public RatingFollowUp? FollowUp { get; set; }

    /// <summary>The department's appeal against a mistaken or malicious rating, once.</summary>
    [Id(6)] public RatingAppeal? Appeal { get; set; }

    /// <summary>True once an upheld appeal took the rating out of the public results.</summary>
    [Id(7)] public bool Excluded { get; set; }

    /// <summary>The window whose service is rated (the case's receiving window, or the visited window); empty for ratings before windows were counted.</summary>
    [Id(8)] public string WindowId { get; set; } = "";
}

/// <summary>The follow-up of a bad rating, due within the centre's rectification limit in working days.</summary>
[GenerateSerializer, Alias("th.RatingFollowUp")]
public sealed class RatingFollowUp
{
    /// <summary>End (exclusive) of the limit.</summary>
    [Id(0)] public DateTimeOffset Due { get; set; }

    /// <summary>The steps taken, in order.</summary>
    [Id(1)] public List<RatingFollowUpEntry> Steps { get; set; } = [];

    /// <summary>True once recorded (or once an upheld appeal ended it).</summary>
    [Id(2)] public bool Closed { get; set; }
}

/// <summary>One follow-up step.</summary>
[GenerateSerializer, Alias("th.RatingFollowUpEntry")]
public sealed record RatingFollowUpEntry(
    [property: Id(0)] FollowUpStep Step,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string By,
    [property: Id(3)] string Note);

/// <summary>The department's appeal and the centre's decision on it.</summary>
[GenerateSerializer, Alias("th.RatingAppeal")]
public sealed class RatingAppeal
{
    /// <summary>Why the department holds the rating mistaken or malicious.</summary>
    [Id(0)] public string Reason { get; set; } = "";

    /// <summary>When it appealed.</summary>
    [Id(1)] public DateTimeOffset At { get; set; }

    /// <summary>Null while pending; true when the centre upheld it.</summary>
    [Id(2)] public bool? Upheld { get; set; }

    /// <summary>The centre's reason.</summary>
    [Id(3)] public string Decision { get; set; } = "";
}
