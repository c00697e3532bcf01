using TenderHall.Crypto.Notes;

namespace TenderHall.Grains.Transparency;

/// <summary>How the sequencer signs: the log's note signer (its key name is the log origin) and how often it publishes.</summary>
/// <param name="Signer">Ed25519 note signer named after the origin, e.g. <c>tenderhall.example/log</c>.</param>
/// <param name="CheckpointInterval">Period of the checkpoint timer; below one second so one is published every second while events arrive.</param>
/// <param name="MinCheckpointGap">Least time between checkpoints signed early for a caller waiting on one (<see cref="TransparencyOptions.MinCheckpointGap"/>).</param>
public sealed record LogSequencerSettings(NoteSigner Signer, TimeSpan CheckpointInterval, TimeSpan MinCheckpointGap = default)
{
    /// <summary>The log origin (first checkpoint line).</summary>
    public string Origin => Signer.Name;
}
