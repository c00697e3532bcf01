namespace TenderHall.Grains.Deadlines;

/// <summary>The dates an agency publishes for a tender; the bid deadline is also the opening time (BL 34).</summary>
/// <param name="Announcement">When the tender announcement is published.</param>
/// <param name="SaleStart">When the documents are first issued (sold or provided): "招标文件开始发出之日".</param>
/// <param name="SaleEnd">When the sale or provision of the documents ends.</param>
/// <param name="BidDeadline">Bid deadline and opening time.</param>
public sealed record TenderSchedule(
    DateTimeOffset Announcement, DateTimeOffset SaleStart, DateTimeOffset SaleEnd, DateTimeOffset BidDeadline);
