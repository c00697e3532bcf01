using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Experts;
using TenderHall.Verifier;

namespace TenderHall.Api.Tests.Experts;

[Collection(DrawAndOpeningCollection.Name)]
public sealed class DrawApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task Until_the_result_only_supervision_sees_the_committee_and_each_expert_only_their_own_seat()
    {
        var draw = await DrawScenario.Create(platform);
        var supervisor = await draw.Draw();
        var seats = DrawScenario.Seats(supervisor);
        Assert.Equal(4, seats.Count);
        Assert.DoesNotContain(seats, s => s.GetProperty("expertId").GetString() == draw.BidderEmployee);
        Assert.True(supervisor.GetProperty("recused").GetProperty("employment").GetInt32() >= 1);

        foreach (var role in new[] { Roles.Agency, Roles.Bidder, Roles.CentreAdmin, Roles.Complainant })
            Assert.Empty(DrawScenario.Seats(await draw.ViewAs(platform.ClientAs(role, "x"))));
        var anonymous = await draw.ViewAs(draw.Tender.Anonymous);
        Assert.Empty(DrawScenario.Seats(anonymous));
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("proof").ValueKind);
        var drawn = seats[0].GetProperty("expertId").GetString()!;
        var own = DrawScenario.Seats(await draw.ViewAs(draw.ExpertClient(drawn)));
        Assert.Equal(drawn, Assert.Single(own).GetProperty("expertId").GetString());
        var notDrawn = draw.Experts.Select(e => e.Id).First(id => seats.All(s => s.GetProperty("expertId").GetString() != id) && id != draw.BidderEmployee);
        Assert.Empty(DrawScenario.Seats(await draw.ViewAs(draw.ExpertClient(notDrawn))));
        await ProblemAssert.IsRule(await draw.Tender.Anonymous.GetAsync($"{draw.Url}/document"), HttpStatusCode.Forbidden, "DRAW-SEALED");
        await ProblemAssert.IsRule(await draw.Tender.Agency.GetAsync($"{draw.Url}/record.pdf"), HttpStatusCode.Forbidden, "DRAW-SEALED");
    }

    [Fact]
    public async Task The_public_log_names_no_expert_before_the_result()
    {
        var draw = await DrawScenario.Create(platform);
        var view = await draw.Draw();
        // Everything logged since the request: the commit's index less the request and the check-in, and what followed.
        var start = view.GetProperty("commitIndex").GetInt64() - 2;
        var leaves = await TenderScenario.Read(await draw.Tender.Anonymous.GetAsync($"/api/v1/transparency/entries?start={start}&end={start + 1000}"));
        var entries = string.Join("\n", leaves.EnumerateArray().Select(l => System.Text.Encoding.UTF8.GetString(l.GetProperty("data").GetBytesFromBase64())));
        Assert.Contains("draw.proved", entries, StringComparison.Ordinal);
        foreach (var expert in draw.Experts)
        {
            Assert.DoesNotContain(expert.Id, entries, StringComparison.Ordinal);
            Assert.DoesNotContain(expert.Name, entries, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_decline_brings_in_the_specialtys_next_backup_who_is_notified_and_the_revealed_draw_re_runs_in_the_verifier()
    {
        var draw = await DrawScenario.Create(platform);
        var seats = DrawScenario.Seats(await draw.Draw());
        var decliner = seats.First(s => s.GetProperty("seat").GetString() == "A05/2").GetProperty("expertId").GetString()!;
        var confirmer = seats.First(s => s.GetProperty("seat").GetString() == "A05/1").GetProperty("expertId").GetString()!;
        var declaration = (await draw.Declaration()).GetProperty("zh").GetString();
        await ProblemAssert.IsRule(await draw.ExpertClient(confirmer).PostAsJsonAsync($"{draw.Url}/response", new { accept = true, declaration = "我同意" }),
            HttpStatusCode.Conflict, "DRAW-RESPONSE");
        TenderScenario.Ok(await draw.ExpertClient(confirmer).PostAsJsonAsync($"{draw.Url}/response", new { accept = true, declaration }));
        TenderScenario.Ok(await draw.ExpertClient(decliner).PostAsJsonAsync($"{draw.Url}/response", new { accept = false }));

        var after = await draw.ViewAs(draw.Opening.Supervisor);
        var replacement = Assert.Single(after.GetProperty("replacements").EnumerateArray());
        var backup = DrawScenario.Seats(after).Single(s => s.GetProperty("seat").GetString() == "A05/2" && s.GetProperty("status").GetString() == "Notified");
        Assert.Equal(1, backup.GetProperty("backupRank").GetInt32());
        Assert.Equal(replacement.GetProperty("in").GetString(), backup.GetProperty("pseudonym").GetString());
        var backupId = backup.GetProperty("expertId").GetString()!;
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        Assert.Contains(await grains.GetGrain<IInboxGrain>(backupId).Since(0, 10), n => n.Type == "draw.selected" && n.Subject == "tender/" + draw.Tender.TenderId);
        // The pools are shared with the other tests' experts, so the backup may have been called for another tender too.
        Assert.Contains(platform.Services.GetRequiredService<SimulatedVoiceSmsGateway>().SentTo(backupId), m => m.Contains(draw.Tender.TenderId, StringComparison.Ordinal));

        foreach (var seat in DrawScenario.Seats(await draw.ViewAs(draw.Opening.Supervisor)).Where(s => s.GetProperty("status").GetString() == "Notified"))
            TenderScenario.Ok(await draw.ExpertClient(seat.GetProperty("expertId").GetString()!).PostAsJsonAsync($"{draw.Url}/response", new { accept = true, declaration }));
        var revealed = await Reveal(draw);
        Assert.Equal(4, DrawScenario.Seats(await draw.ViewAs(draw.Tender.Anonymous)).Count(s => s.GetProperty("status").GetString() is "Notified" or "Confirmed"));
        Assert.Equal("Revealed", revealed.GetProperty("status").GetString());
        var document = JsonDocument.Parse(await draw.Tender.Anonymous.GetStringAsync($"{draw.Url}/document")).RootElement;
        var verdict = DrawRerun.Run(document, null);
        Assert.True(verdict.Verified, verdict.Message);
        Assert.DoesNotContain(draw.BidderEmployee, document.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_backups_are_used_up_a_supplementary_draw_fills_the_seat_is_logged_and_re_runs_in_the_verifier()
    {
        var draw = await DrawScenario.Create(platform);
        await draw.Draw();
        await draw.Decline("C02/1"); // C02 has one backup: it steps in
        var view = await draw.Decline("C02/1");

        var replacements = view.GetProperty("replacements").EnumerateArray().ToList();
        Assert.Equal(2, replacements.Count);
        Assert.False(replacements[0].GetProperty("supplementary").GetBoolean());
        Assert.True(replacements[1].GetProperty("supplementary").GetBoolean());
        var called = DrawScenario.Seats(view).Single(s => s.GetProperty("seat").GetString() == "C02/1" && s.GetProperty("status").GetString() == "Notified");
        Assert.True(called.GetProperty("supplementary").GetBoolean());
        Assert.Equal(replacements[1].GetProperty("in").GetString(), called.GetProperty("pseudonym").GetString());
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        Assert.Contains(await grains.GetGrain<IInboxGrain>(called.GetProperty("expertId").GetString()!).Since(0, 10), n => n.Subject == "tender/" + draw.Tender.TenderId);
        var start = view.GetProperty("commitIndex").GetInt64();
        var leaves = await TenderScenario.Read(await draw.Tender.Anonymous.GetAsync($"/api/v1/transparency/entries?start={start}&end={start + 1000}"));
        Assert.Contains(leaves.EnumerateArray(), l => System.Text.Encoding.UTF8.GetString(l.GetProperty("data").GetBytesFromBase64()).Contains("\"draw.supplementary\"", StringComparison.Ordinal));

        var document = await draw.ConfirmAllAndReveal();
        var verdict = DrawRerun.Run(document, null);
        Assert.True(verdict.Verified, verdict.Message);
        Assert.True(document.GetProperty("replacements")[1].GetProperty("supplementary").GetBoolean());
    }

    [Fact]
    public async Task A_supervisor_who_does_not_reveal_in_time_is_recorded_as_withholding_and_the_draw_proceeds_verifiably_without_the_contribution()
    {
        var draw = await DrawScenario.Create(platform);
        await draw.Commit();
        draw.Tender.Advance(TimeSpan.FromMinutes(new ExpertPolicy().RevealMinutes));
        var view = await draw.ViewAs(draw.Opening.Supervisor);
        Assert.Equal("Sealed", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("contributionWithheld").GetBoolean());
        await ProblemAssert.IsRule(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/contribution", new { contribution = Convert.ToHexStringLower(draw.Contribution) }),
            HttpStatusCode.Conflict, "DRAW-STATE");
        await Reveal(draw);
        var verdict = DrawRerun.Run(JsonDocument.Parse(await draw.Tender.Anonymous.GetStringAsync($"{draw.Url}/document")).RootElement, null);
        Assert.True(verdict.Verified, verdict.Message);
    }

    [Fact]
    public async Task An_expert_who_does_not_answer_in_time_is_replaced_and_a_wrong_contribution_is_refused()
    {
        var draw = await DrawScenario.Create(platform);
        await draw.Commit();
        await ProblemAssert.IsRule(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/contribution", new { contribution = new string('a', 64) }),
            HttpStatusCode.UnprocessableEntity, "DRAW-CONTRIBUTION");
        TenderScenario.Ok(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/contribution", new { contribution = Convert.ToHexStringLower(draw.Contribution) }));
        draw.Tender.Advance(TimeSpan.FromMinutes(new ExpertPolicy().ConfirmMinutes));
        var view = await draw.ViewAs(draw.Opening.Supervisor);
        Assert.Equal(4, DrawScenario.Seats(view).Count(s => s.GetProperty("status").GetString() == "NoAnswer"));
        // A05's three seats use its two backups and then its supplementary draw; C02's one seat its one backup.
        var replacements = view.GetProperty("replacements").EnumerateArray().ToList();
        Assert.Equal(4, replacements.Count);
        Assert.Equal(["A05"], replacements.Where(r => r.GetProperty("supplementary").GetBoolean()).Select(r => r.GetProperty("seat").GetString()![..3]));
    }

    [Fact]
    public async Task An_unlawful_committee_or_a_second_request_is_refused_and_only_the_witness_commits()
    {
        var draw = await DrawScenario.Create(platform);
        await ProblemAssert.IsRule(await draw.Tender.Agency.PostAsJsonAsync(draw.Url, draw.Request(size: 6)), HttpStatusCode.UnprocessableEntity, "DRAW-COMPOSITION");
        await ProblemAssert.IsRule(await draw.Tender.Agency.PostAsJsonAsync(draw.Url, draw.Request(size: 5, tenderee: 2)), HttpStatusCode.UnprocessableEntity, "DRAW-COMPOSITION");
        TenderScenario.Ok(await draw.Tender.Agency.PostAsJsonAsync(draw.Url, draw.Request()));
        await ProblemAssert.IsRule(await draw.Tender.Agency.PostAsJsonAsync(draw.Url, draw.Request()), HttpStatusCode.Conflict, "DRAW-STATE");
        await ProblemAssert.IsRule(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/commit", new { commitment = new string('0', 64) }),
            HttpStatusCode.Conflict, "DRAW-SUPERVISOR");
    }

    [Fact]
    public async Task The_result_cannot_be_declared_before_the_evaluation()
    {
        var draw = await DrawScenario.Create(platform);
        await draw.Draw();
        await ProblemAssert.IsRule(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/reveal", new { ground = "定标" }), HttpStatusCode.Conflict, "DRAW-RESULT");
    }

    private static async Task<JsonElement> Reveal(DrawScenario draw)
    {
        draw.Tender.Advance(TimeSpan.FromDays(1));
        return await TenderScenario.Read(await draw.Opening.Supervisor.PostAsJsonAsync($"{draw.Url}/reveal", new { ground = "中标结果已确定（测试）" }));
    }
}
