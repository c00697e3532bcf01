using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Api.Tests.Supervision;

[Collection(PlatformCollection.Name)]
public sealed class AlarmAcknowledgementTests(PlatformFactory platform)
{
    private const string Url = "/api/v1/supervision/alarm-acknowledgements";

    [Fact]
    public async Task A_supervisor_acknowledges_an_alarm_with_a_note_in_the_audit_journal_and_the_same_note_again_changes_nothing()
    {
        var (day, id) = await Raise("2031-02-03");
        using var first = platform.ClientAs(Roles.Supervisor, "supervision-ack", "supervisor-ack-1");
        using var second = platform.ClientAs(Roles.Supervisor, "supervision-ack", "supervisor-ack-2");

        var acknowledged = await TenderScenario.Read(await first.PostAsJsonAsync(Url, new { day, alarmId = id, note = "已调取投标设备记录核查" }));
        Assert.Equal("supervisor-ack-1", acknowledged.GetProperty("acknowledgedBy").GetString());
        var again = await TenderScenario.Read(await first.PostAsJsonAsync(Url, new { day, alarmId = id, note = "已调取投标设备记录核查" }));
        Assert.Equal(acknowledged.GetProperty("acknowledgedAt").GetDateTimeOffset(), again.GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.Equal(1, again.GetProperty("notes").GetArrayLength());

        // A later supervisor adds a note; the first acknowledgement stands.
        TenderScenario.Ok(await second.PostAsJsonAsync(Url, new { day, alarmId = id, note = "移交行政监督部门" }));
        var listed = await TenderScenario.Read(await first.GetAsync($"/api/v1/supervision/alarms?day={day}"));
        var alarm = Assert.Single(listed.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal("supervisor-ack-1", alarm.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(["已调取投标设备记录核查", "移交行政监督部门"], alarm.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()!));

        // Durable before the answer, and audited: two changes, two journal entries, each behind a commitment in the public log.
        var journal = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IPrivateJournalGrain>("supervision/" + day).Entries();
        var entries = journal.Where(e => e.Event.Data.GetValueOrDefault("alarm") == id).ToList();
        Assert.Equal(["supervisor-ack-1", "supervisor-ack-2"], entries.Select(e => e.Event.Actor));
        Assert.All(entries, e => Assert.Equal("supervision.alarm-acknowledged", e.Event.Type));
        Assert.All(entries, e => Assert.NotNull(e.Salt));
    }

    [Fact]
    public async Task An_unknown_alarm_a_bad_day_a_long_note_and_a_non_supervisor_are_refused_by_rule_and_nothing_is_noted()
    {
        var (day, id) = await Raise("2031-02-04");
        using var supervisor = platform.ClientAs(Roles.Supervisor, "supervision-ack", "supervisor-ack-3");
        await ProblemAssert.IsRule(await supervisor.PostAsJsonAsync(Url, new { day, alarmId = id + "-other" }), HttpStatusCode.NotFound, "ALARM-NOT-FOUND");
        await ProblemAssert.IsRule(await supervisor.PostAsJsonAsync(Url, new { day = "12/06/2031", alarmId = id }), HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        await ProblemAssert.IsRule(await supervisor.PostAsJsonAsync(Url, new { day }), HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        await ProblemAssert.IsRule(await supervisor.PostAsJsonAsync(Url, new { day, alarmId = id, note = new string('记', 2001) }), HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        using var agency = platform.ClientAs(Roles.Agency, "agency-ack", "agency-ack");
        await ProblemAssert.IsRule(await agency.PostAsJsonAsync(Url, new { day, alarmId = id, note = "x" }), HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");

        var alarm = Assert.Single((await TenderScenario.Read(await supervisor.GetAsync($"/api/v1/supervision/alarms?day={day}"))).EnumerateArray(),
            a => a.GetProperty("id").GetString() == id);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, alarm.GetProperty("acknowledgedBy").ValueKind);
        Assert.Equal(0, alarm.GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public async Task An_acknowledgement_whose_write_fails_is_answered_retry_later_leaves_the_alarm_as_it_was_and_the_retry_stores_it()
    {
        var (day, id) = await Raise("2031-02-05");
        using var supervisor = platform.ClientAs(Roles.Supervisor, "supervision-ack", "supervisor-ack-4");
        platform.Faults.FailWrite("th-supervision-alarms", day);

        await ProblemAssert.IsRetryLater(await supervisor.PostAsJsonAsync(Url, new { day, alarmId = id, note = "核查中" }));
        var untouched = Assert.Single((await TenderScenario.Read(await supervisor.GetAsync($"/api/v1/supervision/alarms?day={day}"))).EnumerateArray(),
            a => a.GetProperty("id").GetString() == id);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, untouched.GetProperty("acknowledgedBy").ValueKind);

        var stored = await TenderScenario.Read(await supervisor.PostAsJsonAsync(Url, new { day, alarmId = id, note = "核查中" }));
        Assert.Equal("supervisor-ack-4", stored.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(1, stored.GetProperty("notes").GetArrayLength());
    }

    // Each test its own alarm in an inbox of its own, a day far from any the platform's clock reaches.
    private async Task<(string Day, string Id)> Raise(string day)
    {
        var id = "test/" + Guid.NewGuid().ToString("N");
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(day).Raise(new SupervisionAlarm
        {
            Id = id, Severity = AlarmSeverity.Warning, Code = "BLR-40-SAME-DEVICE", Subject = "tender/T-ack", Message = "Two bidders submitted from the same device.",
            RaisedAt = DateTimeOffset.Parse("2031-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        });
        return (day, id);
    }
}
