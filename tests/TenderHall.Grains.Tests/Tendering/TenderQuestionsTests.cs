using TenderHall.Grains.Contracts.Rules;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Tendering;

public sealed class TenderQuestionsTests
{
    [Fact]
    public void The_agency_reads_every_question_with_its_answer_but_never_who_asked()
    {
        var tender = new TenderFixture().Published().Tender;
        tender.Advance(Monday.AddHours(2));
        tender.Ask(BidderA, "是否接受联合体投标？", Monday.AddHours(3));
        tender.Ask(BidderB, "工期能否延长？", Monday.AddHours(4));
        tender.Clarify(Agency, [2], "工期不变。", null, [], Monday.AddHours(5));

        var questions = tender.Questions(Agency);

        Assert.Equal([(1, "是否接受联合体投标？", (int?)null), (2, "工期能否延长？", 1)], questions.Select(q => (q.Number, q.Text, q.AnsweredBy)));
        Assert.Equal(Monday.AddHours(3), questions[0].AskedAt);
        Assert.DoesNotContain(typeof(Contracts.Tendering.QuestionView).GetProperties(), p => p.Name.Contains("Asker", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_agency_may_not_read_the_questions()
    {
        var tender = new TenderFixture().Published().Tender;

        var refused = Assert.Throws<RuleViolationException>(() => tender.Questions(OtherAgency));

        Assert.Equal("TENDER-OWNER", refused.Rule);
    }
}
