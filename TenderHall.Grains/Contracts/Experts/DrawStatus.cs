namespace TenderHall.Grains.Contracts.Experts;

/// <summary>Where a draw stands.</summary>
public enum DrawStatus
{
    /// <summary>Requested, pool frozen; waiting for a supervisor to check in and commit a contribution.</summary>
    AwaitingWitness,

    /// <summary>Committed and anchored in the log; waiting for the supervisor to reveal the contribution.</summary>
    AwaitingContribution,

    /// <summary>Drawn: the committee is sealed (BL 37) while experts confirm and backups step in.</summary>
    Sealed,

    /// <summary>The result is determined: the committee, the pool and the proof are public.</summary>
    Revealed,
}
