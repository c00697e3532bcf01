using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Supervision;

namespace TenderHall.Grains.Tests.Supervision;

public sealed class AlarmAcknowledgementTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_acknowledgement_stays_and_later_notes_are_added_once_each()
    {
        var alarm = new SupervisionAlarm { Id = "a", Code = "BLR-40-SAME-DEVICE" };
        AlarmAcknowledgement.Record(alarm, AlarmAcknowledgement.Apply(alarm, "s1", "  looked at the devices ", Now)!);
        Assert.Null(AlarmAcknowledgement.Apply(alarm, "s1", "looked at the devices", Now.AddMinutes(1)));
        Assert.Null(AlarmAcknowledgement.Apply(alarm, "s2", "", Now.AddMinutes(2)));
        AlarmAcknowledgement.Record(alarm, AlarmAcknowledgement.Apply(alarm, "s2", "referred", Now.AddMinutes(3))!);

        Assert.Equal(("s1", Now), (alarm.AcknowledgedBy, alarm.AcknowledgedAt));
        Assert.Equal([new AlarmNote("s1", Now, "looked at the devices"), new AlarmNote("s2", Now.AddMinutes(3), "referred")], alarm.Notes);
    }

    [Fact]
    public void A_bare_acknowledgement_acknowledges_without_a_note_and_a_note_over_the_limit_is_refused()
    {
        var alarm = new SupervisionAlarm { Id = "b" };
        Assert.Equal("REQ-FIELD", Assert.Throws<RuleViolationException>(() => AlarmAcknowledgement.Apply(alarm, "s1", new string('x', 2001), Now)).Rule);
        AlarmAcknowledgement.Record(alarm, AlarmAcknowledgement.Apply(alarm, "s1", null, Now)!);
        Assert.Equal("s1", alarm.AcknowledgedBy);
        Assert.Empty(alarm.Notes);
    }
}
