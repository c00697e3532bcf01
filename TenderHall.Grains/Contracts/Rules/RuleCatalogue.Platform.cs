namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Platform rules that are not articles of law: input, sign-in, idempotency, directory.</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> All() => Platform().Concat(Directory()).Concat(Transparency()).Concat(Fees()).Concat(Guarantees()).Concat(Deadlines()).Concat(Tendering()).Concat(Bidding()).Concat(Opening());

    private static IEnumerable<Rule> Platform() =>
    [
        new("REQ-INVALID", "API contract", RuleKind.BadRequest,
            "The request is not valid: {detail}",
            "请求无效：{detail}"),
        new("REQ-FIELD", "API contract", RuleKind.Invalid,
            "Field '{field}' is not valid: {detail}",
            "字段“{field}”无效：{detail}"),
        new("REQ-NOT-FOUND", "API contract", RuleKind.NotFound,
            "Nothing is found at this address.",
            "此地址不存在。"),
        new("REQ-METHOD", "API contract", RuleKind.BadRequest,
            "This address does not accept that method.",
            "此地址不支持该请求方法。"),
        new("SERVER-ERROR", "Platform operations", RuleKind.Invalid,
            "The platform failed to complete the request. Quote the trace id to the centre.",
            "平台未能完成请求，请向中心提供追踪编号。"),
        new("AUTH-REQUIRED", "Platform security policy", RuleKind.Forbidden,
            "Sign in first: this needs a bearer token.",
            "请先登录：此操作需要访问令牌。"),
        new("AUTH-FORBIDDEN", "Platform security policy", RuleKind.Forbidden,
            "Your role may not do this.",
            "您的角色无权执行此操作。"),
        new("AUTH-CREDENTIALS", "Platform security policy", RuleKind.Forbidden,
            "The user name or password is wrong.",
            "用户名或密码错误。"),
        new("AUTH-PROFILE", "Platform security policy", RuleKind.Forbidden,
            "Password sign-in is only available in the embedded profile; sign in through the identity provider at {authority}.",
            "仅嵌入式部署支持密码登录，请通过身份认证服务 {authority} 登录。"),
        new("AUTH-RATE", "Platform security policy (sign-in attempt limits)", RuleKind.TooManyRequests,
            "Too many sign-in attempts; sign-in is paused. Try again in {seconds} seconds.",
            "登录尝试次数过多，已暂停登录，请在 {seconds} 秒后重试。"),
        new("IDEMPOTENCY-IN-FLIGHT", "Platform API policy (Idempotency-Key)", RuleKind.Conflict,
            "A request with this Idempotency-Key is still being processed; retry after it completes.",
            "使用此幂等键的请求仍在处理中，请在其完成后重试。"),
        new("IDEMPOTENCY-MISMATCH", "Platform API policy (Idempotency-Key)", RuleKind.Invalid,
            "This Idempotency-Key was already used for a different request; use a new key for a new request.",
            "此幂等键已用于另一个不同的请求，新请求请使用新的幂等键。"),
        new("IDEMPOTENCY-KEY", "Platform API policy (Idempotency-Key)", RuleKind.BadRequest,
            "The Idempotency-Key header must be 1 to 128 visible ASCII characters.",
            "Idempotency-Key 请求头须为 1 至 128 个可见 ASCII 字符。"),
        new("CLOCK-SANDBOX", "Platform operations policy", RuleKind.Invalid,
            "The sandbox clock cannot be used in the cluster profile.",
            "集群部署不能使用沙箱加速时钟。"),
    ];

    private static IEnumerable<Rule> Directory() =>
    [
        new("DIR-EXISTS", "Directory integrity", RuleKind.Conflict,
            "'{id}' is already registered with different details.",
            "“{id}”已以不同信息登记。"),
        new("DIR-NOT-FOUND", "Directory integrity", RuleKind.NotFound,
            "'{id}' is not registered.",
            "“{id}”未登记。"),
        new("DIR-CREDIT-CODE", "GB 32100-2015 (unified social credit code)", RuleKind.Invalid,
            "'{code}' is not a valid unified social credit code: {detail}.",
            "“{code}”不是有效的统一社会信用代码：{detail}。"),
        new("DIR-KEY", "EBM Art 3 (CA certificates recognised by the platform)", RuleKind.Invalid,
            "The public key is not valid: {detail}.",
            "公钥无效：{detail}。"),
        new("DIR-EXPERT", "BLR 45 (expert database)", RuleKind.Invalid,
            "The expert record is not valid: {detail}.",
            "专家信息无效：{detail}。"),
        new("LIC-ITEM", "ALL 30 (publicity of licensing items)", RuleKind.Invalid,
            "The licensing item is not valid: {detail}.",
            "许可事项无效：{detail}。"),
        new("LIC-FEE-BASIS", "ALL 58-59 (fees only as law provides)", RuleKind.Invalid,
            "Fee item '{fee}' has no legal basis; a fee may only be charged as a law or administrative regulation provides.",
            "收费项目“{fee}”缺少法定依据，只有法律、行政法规规定的才能收费。"),
    ];
}
