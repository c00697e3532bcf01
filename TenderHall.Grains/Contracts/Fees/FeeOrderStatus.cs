namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Where a fee order stands.</summary>
public enum FeeOrderStatus
{
    /// <summary>Opened; waiting for the bank to confirm payment.</summary>
    AwaitingPayment = 1,

    /// <summary>The designated bank confirmed payment through a signed callback.</summary>
    Paid = 2,

    /// <summary>Paid and refunded.</summary>
    Refunded = 3,
}
