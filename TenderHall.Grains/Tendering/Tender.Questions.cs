using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>The questions as the agency answering them reads them.</summary>
public sealed partial class Tender
{
    /// <summary>Every question, for the agency running the tender only, and without the asker (BL 22: holders stay secret).</summary>
    public IReadOnlyList<QuestionView> Questions(Actor actor)
    {
        RequireAgency(actor);
        return [.. state.Questions.Select(q => new QuestionView { Number = q.Number, Text = q.Text, AskedAt = q.AskedAt, AnsweredBy = q.AnsweredBy })];
    }
}
