using System.Globalization;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Fees;

/// <summary>
/// What the applicant hears of a licensing fee (ALL 58-59: fees only as published, all to the treasury): the fee due, the payment
/// received, the refund. They are notices of the case (subject <c>licensing/{case}</c>), in the applicant's inbox beside its steps.
/// </summary>
public static class LicensingFeeNotices
{
    /// <summary>Every notice the order's state calls for so far (none for tender fees); ids make a repeated delivery harmless.</summary>
    public static IEnumerable<Notification> Of(FeeOrder order)
    {
        if (order.Purpose != FeePurpose.LicensingFee) yield break;
        var amount = (order.AmountFen / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        yield return Notice(order, "due", order.CreatedAt,
            $"办件 {order.SubjectId}：请缴纳{order.FeeName} {amount} 元（缴费单 {order.Id}，按公布的收费标准，全额缴入国库）。",
            $"Case {order.SubjectId}: please pay {order.FeeName}, CNY {amount} (order {order.Id}, at the published standard, all to the treasury).");
        if (order.Payment is { } payment)
            yield return Notice(order, "paid", payment.ConfirmedAt,
                $"办件 {order.SubjectId}：已收到{order.FeeName} {amount} 元，收据号 {payment.ReceiptNumber}，{BeijingTime.Format(payment.PaidAt)}。",
                $"Case {order.SubjectId}: {order.FeeName}, CNY {amount}, was received, receipt {payment.ReceiptNumber}, {BeijingTime.Format(payment.PaidAt)} (Beijing time).");
        if (order.Refund is { } refund)
            yield return Notice(order, "refunded", refund.RefundedAt,
                $"办件 {order.SubjectId}：{order.FeeName} {amount} 元已退还，凭证号 {refund.VoucherNumber}。",
                $"Case {order.SubjectId}: {order.FeeName}, CNY {amount}, was refunded, voucher {refund.VoucherNumber}.");
    }

    private static Notification Notice(FeeOrder order, string step, DateTimeOffset at, string zh, string en) => new()
    {
        Id = $"licensing/{order.SubjectId}/fee/{order.Id}/{step}", Subject = $"licensing/{order.SubjectId}", Type = $"licensing.fee-{step}",
        At = at, TextZh = zh, TextEn = en,
    };
}
