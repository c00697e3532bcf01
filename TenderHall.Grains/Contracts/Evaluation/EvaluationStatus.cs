namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>Where a tender's evaluation stands.</summary>
public enum EvaluationStatus
{
    /// <summary>Not opened yet: the tender is not opened or the committee not confirmed.</summary>
    NotOpened = 0,

    /// <summary>Qualification and compliance review: each member passes or fails every bid on every criterion.</summary>
    Review = 1,

    /// <summary>Detailed scoring of the bids that passed, by each member independently.</summary>
    Scoring = 2,

    /// <summary>Scores aggregated and ranked; the report is rendered and countersigned by every member.</summary>
    Reporting = 3,

    /// <summary>Every member signed the report; the candidates went to the tender (BLR 53-54).</summary>
    Signed = 4,
}
