using TenderHall.Portal.Localization;

namespace TenderHall.Portal.Bidding;

/// <summary>The labels <see cref="ReceiptViewScript"/> shows, in the page's language.</summary>
public static class ReceiptLabels
{
    /// <summary>The labels for <paramref name="text"/>'s language.</summary>
    public static object Of(PortalText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new
        {
            running = text.ReceiptRunning, passed = text.ReceiptPassed, failed = text.ReceiptFailed,
            steps = ReceiptCheckScript.Steps.Select(s => new { id = s, name = text.ReceiptStep(s) }),
        };
    }
}
