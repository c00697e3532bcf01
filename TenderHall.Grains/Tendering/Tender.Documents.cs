using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>Document sale, downloads, questions and clarifications (BL 22–23, BLR 16, 21).</summary>
public sealed partial class Tender
{
    /// <summary>Refuses a document purchase outside the sale window (BLR 16).</summary>
    public void RequireSaleOpen(DateTimeOffset now)
    {
        _ = Registration;
        // Judged by the clock, not only the status: the timer that opens the sale may not have ticked yet.
        var selling = state.Status is TenderStatus.Announced or TenderStatus.DocumentsOnSale;
        if (!selling || state.Schedule is not { } s || now < s.SaleStart || now >= s.SaleEnd)
            throw RuleViolationException.Of("BLR-16-WINDOW", ("id", Id),
                ("saleStart", state.Schedule is null ? "-" : RuleValues.Beijing(state.Schedule.SaleStart)), ("saleEnd", state.Schedule is null ? "-" : RuleValues.Beijing(state.Schedule.SaleEnd)));
    }

    /// <summary>Records a download by a document holder and returns the current document version (EBM 49, BLR 40).</summary>
    public DocumentVersion RecordDownload(Actor actor, string? deviceFingerprint, DateTimeOffset now)
    {
        _ = Registration;
        RequireStatus("download the documents", TenderStatus.DocumentsOnSale, TenderStatus.Tendering, TenderStatus.Suspended);
        var current = state.Documents[^1];
        state.Downloads.Add(new DocumentDownload
        {
            BidderId = actor.OrganizationId!, UserName = actor.UserName, At = now, Address = actor.Address,
            DeviceFingerprint = deviceFingerprint is { Length: > 0 and <= 256 } ? deviceFingerprint : null, DocumentVersion = current.Version,
        });
        return current;
    }

    /// <summary>A document holder's question; it is published later without the asker's identity.</summary>
    public int Ask(Actor actor, string text, DateTimeOffset now)
    {
        _ = Registration;
        RequireStatus("ask a question", TenderStatus.DocumentsOnSale, TenderStatus.Tendering, TenderStatus.Suspended);
        var question = new TenderQuestion
        {
            Number = state.Questions.Count + 1, AskerId = actor.OrganizationId!, Text = Text(text, "text", 4000), AskedAt = now,
        };
        state.Questions.Add(question);
        journal.RecordByHolder("tender.question-asked", now, ("question", question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        journal.Notify([Registration.AgencyId], $"question/{question.Number}", "tender.question", now,
            $"招标项目 {Id} 收到第 {question.Number} 号疑问，请及时澄清。", $"Tender {Id} received question {question.Number}; please clarify.");
        return question.Number;
    }

    /// <summary>
    /// Publishes a clarification or amendment to every document holder. Published less than 15 days before the
    /// deadline, it moves the deadline (BL 23, BLR 21).
    /// </summary>
    public Clarification Clarify(Actor actor, IReadOnlyList<int> answers, string text, DocumentVersion? amendment,
        IReadOnlyCollection<string> holders, DateTimeOffset now)
    {
        RequireAgency(actor);
        RequireStatus("publish a clarification", TenderStatus.Announced, TenderStatus.DocumentsOnSale, TenderStatus.Tendering, TenderStatus.Suspended);
        var questions = answers.Distinct().Select(n => state.Questions.FirstOrDefault(q => q.Number == n)
            ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "answers"), ("detail", $"question {n} does not exist"))).ToList();
        var schedule = state.Schedule!;
        var clarification = new Clarification
        {
            Number = state.Clarifications.Count + 1, Questions = [.. questions.Select(q => q.Text)], Text = Text(text, "text", 20_000), PublishedAt = now,
        };
        if (amendment is not null)
        {
            amendment.Version = state.Documents.Count + 1;
            amendment.PublishedAt = now;
            state.Documents.Add(amendment);
            clarification.DocumentVersion = amendment.Version;
        }

        if (deadlines.MovedDeadline(Registration.Regime, now, schedule.BidDeadline) is { } moved)
        {
            schedule.BidDeadline = moved;
            deadlines.Refresh(Registration.Regime, schedule);
            clarification.MovedDeadlineTo = moved;
        }

        foreach (var question in questions) question.AnsweredBy = clarification.Number;
        state.Clarifications.Add(clarification);
        journal.Record("tender.clarified", actor, now, ("clarification", clarification.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("documentsSha256", amendment?.Sha256 ?? ""), ("bidDeadline", RuleValues.Iso(schedule.BidDeadline)));
        var moveZh = clarification.MovedDeadlineTo is { } to ? $"投标截止时间顺延至 {Beijing(to)}。" : "";
        var moveEn = clarification.MovedDeadlineTo is { } to2 ? $" The bid deadline moves to {Beijing(to2)} (Beijing time)." : "";
        journal.Notify(holders, $"clarification/{clarification.Number}", "tender.clarified", now,
            $"招标项目 {Id} 发布第 {clarification.Number} 号澄清/修改。{moveZh}", $"Tender {Id} published clarification {clarification.Number}.{moveEn}");
        return clarification;
    }

    private static string Beijing(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
