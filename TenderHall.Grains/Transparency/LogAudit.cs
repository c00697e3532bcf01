using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Supervision;

namespace TenderHall.Grains.Transparency;

/// <summary>A verification run of the stored log that raises a <c>LOG-TAMPERED</c> supervision alarm when it finds tampering.</summary>
public sealed class LogAudit(ILogStore store, NoteVerifier logKey, SupervisionAlarms alarms)
{
    /// <summary>Supervision code of the alarm.</summary>
    public const string AlarmCode = "LOG-TAMPERED";

    /// <summary>Verifies the log and, if it was tampered with, raises the alarm before returning.</summary>
    public async Task<LogVerification> RunAsync(CancellationToken cancellationToken = default)
    {
        var result = await LogVerifier.VerifyAsync(store, logKey, cancellationToken);
        if (!result.Intact) await RaiseAsync(result);
        return result;
    }

    /// <summary>Raises the alarm for a run that found tampering (e.g. one made outside the platform by the verify-log command).</summary>
    public Task RaiseAsync(LogVerification result)
    {
        // The same findings raise one alarm however often the check runs; new findings raise a new one.
        var findings = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', result.Problems))))[..16];
        return alarms.Raise($"{AlarmCode}/{findings}", AlarmSeverity.Alarm, AlarmCode, "transparency-log", result.Verdict);
    }
}
