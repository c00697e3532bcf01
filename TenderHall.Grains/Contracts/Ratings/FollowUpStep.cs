namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>The follow-up of a bad rating, in order (国办发〔2019〕51号: 核实、整改、回访、记录); the last closes it.</summary>
public enum FollowUpStep
{
    /// <summary>核实: the department checked what the rating says.</summary>
    Verified = 1,

    /// <summary>整改: it put right what was wrong.</summary>
    Rectified = 2,

    /// <summary>回访: it called the rater back.</summary>
    CalledBack = 3,

    /// <summary>记录: it recorded the outcome; the follow-up is closed.</summary>
    Recorded = 4,
}
