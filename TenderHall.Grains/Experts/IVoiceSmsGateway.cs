namespace TenderHall.Grains.Experts;

/// <summary>The voice/SMS gateway that calls a drawn expert after the notice is in their outbox (the outbox is the durable promise).</summary>
public interface IVoiceSmsGateway
{
    /// <summary>Sends <paramref name="text"/> to <paramref name="mobile"/> for expert <paramref name="expertId"/>.</summary>
    Task SendAsync(string expertId, string mobile, string text, CancellationToken cancellationToken);
}
