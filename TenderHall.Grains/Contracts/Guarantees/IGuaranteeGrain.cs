namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>One bidder's bid guarantee for one tender, keyed by <see cref="GuaranteeIds.For"/>.</summary>
public interface IGuaranteeGrain : IGrainWithStringKey
{
    /// <summary>Lodges a letter before the bid deadline, replacing the current one; the same letter again returns it.</summary>
    Task<GuaranteeLetter> Lodge(GuaranteeLodging lodging);

    /// <summary>The current letter, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<GuaranteeLetter?> Get();

    /// <summary>Records the issuer's signed decision; the same callback again returns the same letter.</summary>
    Task<GuaranteeLetter> Decide(GuaranteeCallback callback);

    /// <summary>Releases the current letter (BLR 31, 35, 57) if it is lodged or verified; the same release again returns it.</summary>
    Task<GuaranteeLetter> Release(GuaranteeReleaseRequest request);
}
