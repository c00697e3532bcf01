namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The declaration of no conflict of interest a drawn expert signs when confirming (BLR 46, 评标委员会和评标方法暂行规定 Art 12).</summary>
public static class DrawDeclaration
{
    /// <summary>The text, in Chinese, for <paramref name="tenderId"/>.</summary>
    public static string Zh(string tenderId) =>
        $"本人承诺：与招标项目 {tenderId} 的招标人、投标人不存在近亲属、现任或近三年内的雇佣关系及其他经济利益关系，未受过相关处罚，将客观公正地履行评标职责并对评标情况保密。";

    /// <summary>The text, in English, for <paramref name="tenderId"/>.</summary>
    public static string En(string tenderId) =>
        $"I declare that I have no near relative at, no present or past-three-years employment with, and no economic interest in the tenderee or any bidder of tender {tenderId}; that I have not been penalised; and that I will evaluate objectively and impartially and keep the evaluation confidential.";

    /// <summary>Whether <paramref name="text"/> is the declaration, in either language.</summary>
    public static bool Matches(string tenderId, string? text) => text is not null && (text.Trim() == Zh(tenderId) || text.Trim() == En(tenderId));
}
