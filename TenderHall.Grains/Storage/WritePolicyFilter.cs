using Microsoft.Extensions.Logging;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Storage;

/// <summary>
/// The one write policy of every TenderHall grain, enforced in one place: a call that fails other than by refusing
/// under a rule (a state write that threw, a lost acknowledgement, a dependency that timed out) drops the activation,
/// so no in-memory change outlives a write that storage may not hold and the next call starts from storage. The caller
/// gets PLATFORM-UNAVAILABLE (503 with Retry-After), so no receipt, notice or signed record is given for such a change.
/// A grain with its own write policy keeps its activation, and its callers get the same refusal.
/// </summary>
public sealed partial class WritePolicyFilter(ILogger<WritePolicyFilter> logger) : IIncomingGrainCallFilter
{
    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (RuleViolationException refusal) when (refusal.Rule != StorageUnavailable.Rule)
        {
            throw;
        }
        catch (Exception failure) when (context.TargetContext.GrainInstance?.GetType() is { } type && type.Assembly == typeof(WritePolicyFilter).Assembly)
        {
            if (!Attribute.IsDefined(type, typeof(OwnWritePolicyAttribute)))
            {
                LogDropped(logger, failure, context.TargetContext.GrainId.ToString(), context.InterfaceMethod?.Name ?? "?");
                // No exception in the reason: Orleans would reject the calls queued behind this one with it instead of
                // handing them to the next activation, which reads the state afresh.
                context.TargetContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError,
                    "A call failed other than by a rule refusal; the state is re-read from storage by the next activation."));
            }

            // Also for a grain with its own policy (the sequencer): a driver's exception (Npgsql's PostgresException) has no
            // Orleans codec, so crossing to a caller on another silo it would arrive as a CodecNotFoundException, a 500.
            if (failure is RuleViolationException || !StorageUnavailable.IsTransient(failure)) throw;
            throw StorageUnavailable.Refusal();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain {GrainId} failed in {Method}; its activation is dropped so no unwritten change survives")]
    private static partial void LogDropped(ILogger logger, Exception exception, string grainId, string method);
}
