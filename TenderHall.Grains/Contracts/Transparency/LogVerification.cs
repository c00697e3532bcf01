namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>Outcome of re-reading the stored log against its signed checkpoints.</summary>
/// <param name="Leaves">Leaves read.</param>
/// <param name="Checkpoints">Signed checkpoints checked.</param>
/// <param name="VerifiedSize">Size of the largest signed checkpoint the stored leaves were checked against (0 when none).</param>
/// <param name="Problems">What is wrong, one plain sentence each (the first few); empty when the log is intact.</param>
/// <param name="ProblemCount">How many problems were found in all.</param>
public sealed record LogVerification(long Leaves, long Checkpoints, long VerifiedSize, IReadOnlyList<string> Problems, long ProblemCount)
{
    /// <summary>True when no stored event was changed or removed and every checkpoint is signed and consistent.</summary>
    public bool Intact => ProblemCount == 0;

    /// <summary>One line for the operator.</summary>
    public string Verdict => Intact
        ? $"The transparency log is intact: {Leaves} stored events match the signed checkpoint of {VerifiedSize} leaves ({Checkpoints} checkpoints checked)."
        : $"The transparency log has been TAMPERED WITH: {ProblemCount} problem(s); first: {Problems[0]}";
}
