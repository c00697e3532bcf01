namespace TenderHall.Verifier.Tests;

public sealed class CheckpointVerificationTests
{
    [Fact]
    public async Task A_checkpoint_signed_by_the_log_key_is_verified()
    {
        using var log = new TestLog(5);
        var (code, output) = await Cli.RunAsync("verify-checkpoint", "--key", log.VerifierKey, log.Write("cp", log.SignedCheckpoint(5)));
        Assert.Equal(0, code);
        Assert.StartsWith("VERIFIED: log 'tenderhall.example/log' signed this checkpoint of 5 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_whose_size_was_edited_is_not_verified()
    {
        using var log = new TestLog(5);
        var tampered = log.SignedCheckpoint(5).Replace("\n5\n", "\n4\n", StringComparison.Ordinal);
        var (code, output) = await Cli.RunAsync("verify-checkpoint", "--key", log.VerifierKey, log.Write("cp", tampered));
        Assert.Equal(1, code);
        Assert.Contains("not signed by the key", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_checked_with_another_key_is_not_verified()
    {
        using var log = new TestLog(5);
        var (code, _) = await Cli.RunAsync("verify-checkpoint", "--key", TestLog.OtherKey, log.Write("cp", log.SignedCheckpoint(5)));
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task A_key_read_from_a_file_works_and_a_malformed_key_is_a_usage_error()
    {
        using var log = new TestLog(2);
        var checkpoint = log.Write("cp", log.SignedCheckpoint(2));
        Assert.Equal(0, (await Cli.RunAsync("verify-checkpoint", "--key", "@" + log.Write("vkey", log.VerifierKey + "\n"), checkpoint)).Code);
        Assert.Equal(2, (await Cli.RunAsync("verify-checkpoint", "--key", "not-a-key", checkpoint)).Code);
        Assert.Equal(2, (await Cli.RunAsync("verify-nothing")).Code);
    }

    [Fact]
    public async Task A_file_that_is_not_a_signed_note_is_not_verified()
    {
        using var log = new TestLog(2);
        var (code, output) = await Cli.RunAsync("verify-checkpoint", "--key", log.VerifierKey, log.Write("cp", "hello\n"));
        Assert.Equal(1, code);
        Assert.StartsWith("NOT VERIFIED", output, StringComparison.Ordinal);
    }
}
