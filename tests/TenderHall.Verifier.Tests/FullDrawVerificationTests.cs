using System.Text.Json.Nodes;

namespace TenderHall.Verifier.Tests;

public sealed class FullDrawVerificationTests
{
    [Fact]
    public async Task An_honest_revealed_draw_re_runs_to_the_same_committee()
    {
        using var log = new TestLog(3);
        var (code, output) = await Verify(log, HonestDraw.Build(log));
        Assert.Equal(0, code);
        Assert.StartsWith("VERIFIED: every step of the draw re-runs", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draw_whose_supervisor_withheld_the_contribution_verifies_with_the_withheld_seed()
    {
        using var log = new TestLog(3);
        Assert.Equal(0, (await Verify(log, HonestDraw.Build(log, withhold: true))).Code);
    }

    [Fact]
    public async Task A_supplementary_draw_after_the_backups_ran_out_re_runs_and_a_changed_or_unflagged_one_is_refused()
    {
        using var log = new TestLog(3);
        Assert.Equal(0, (await Verify(log, HonestDraw.Build(log, supplement: true))).Code);

        var chosen = HonestDraw.Build(log, supplement: true);
        var pool = chosen["pool"]!["B01"]!.AsArray().Select(p => p!.GetValue<string>());
        var drawn = chosen["replacements"]!.AsArray().Select(r => r!["in"]!.GetValue<string>())
            .Concat(chosen["selection"]!.AsArray().SelectMany(s => s!["members"]!.AsArray().Concat(s["backups"]!.AsArray())).Select(p => p!.GetValue<string>()));
        chosen["replacements"]![2]!["in"] = pool.Except(drawn).Last();
        var (code, output) = await Verify(log, chosen);
        Assert.Equal(1, code);
        Assert.StartsWith("NOT VERIFIED at step 'replacements'", output, StringComparison.Ordinal);

        var unflagged = HonestDraw.Build(log, supplement: true);
        unflagged["replacements"]![2]!["supplementary"] = false;
        Assert.Equal(1, (await Verify(log, unflagged)).Code);
    }

    [Theory]
    [InlineData("pool", "pool")]
    [InlineData("seed", "seed")]
    [InlineData("contribution", "contribution")]
    [InlineData("proof", "proof")]
    [InlineData("committee", "committee")]
    [InlineData("selection", "selection")]
    [InlineData("replacement", "replacements")]
    [InlineData("identity", "identities")]
    [InlineData("checkpoint", "commit-log")]
    [InlineData("rules", "commitment")]
    public async Task A_changed_part_is_refused_naming_the_step_that_differs(string change, string step)
    {
        using var log = new TestLog(3);
        var draw = HonestDraw.Build(log);
        Tamper(draw, change, log);
        var (code, output) = await Verify(log, draw);
        Assert.Equal(1, code);
        Assert.StartsWith($"NOT VERIFIED at step '{step}'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_key_given_on_the_command_line_overrides_the_documents_own()
    {
        using var log = new TestLog(3);
        var path = log.Write("draw.json", HonestDraw.Build(log).ToJsonString());
        var (code, output) = await Cli.RunAsync("verify-draw", path, "--key", TestLog.OtherKey);
        Assert.Equal(1, code);
        Assert.StartsWith("NOT VERIFIED at step 'commit-log'", output, StringComparison.Ordinal);
    }

    private static void Tamper(JsonObject draw, string change, TestLog log)
    {
        var a01 = draw["selection"]![0]!.AsObject();
        switch (change)
        {
            case "pool": draw["pool"]!["A01"]!.AsArray().RemoveAt(0); break;
            case "seed": draw["seed"] = new string('0', 64); break;
            case "contribution": draw["contribution"] = new string('1', 64); break;
            case "proof":
                var proof = Convert.FromBase64String(draw["proof"]!.GetValue<string>());
                proof[40] ^= 1;
                draw["proof"] = Convert.ToBase64String(proof);
                break;
            case "committee": draw["committee"]![0]!["pseudonym"] = a01["backups"]![1]!.GetValue<string>(); break;
            case "selection":
                var members = a01["members"]!.AsArray();
                (members[0], members[2]) = (members[2]!.DeepClone(), members[0]!.DeepClone());
                break;
            case "replacement": draw["replacements"]![0]!["in"] = a01["backups"]![1]!.GetValue<string>(); break;
            case "identity": draw["identities"]![0]!["expertId"] = "expert-9999"; break;
            case "checkpoint": draw["commit"]!["checkpoint"] = log.SignedCheckpoint(1); break;
            default: draw["rules"]!.AsArray().RemoveAt(1); break;
        }
    }

    private static async Task<(int Code, string Output)> Verify(TestLog log, JsonObject draw) =>
        await Cli.RunAsync("verify-draw", log.Write("draw.json", draw.ToJsonString()));
}
