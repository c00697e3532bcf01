namespace TenderHall.Portal.Localization;

/// <summary>The strings of certificate sign-in (证书登录) and the bidder's own page (我的投标).</summary>
public sealed partial class PortalText
{
    public string NavSignIn => S("证书登录", "Sign in");
    public string NavMyBids => S("我的投标", "My bids");

    public string SignInTitle => S("投标人证书登录", "Bidder certificate sign-in");
    public string SignInIntro => S(
        "使用在平台登记的签名私钥登录：浏览器在本机读取私钥文件并对平台下发的一次性挑战签名，私钥文件不会上传。",
        "Sign in with the signing key registered with the platform: your browser reads the key file on this computer and signs a one-time challenge from the platform. The key file is never uploaded.");
    public string OrganizationId => S("机构编号", "Organisation id");
    public string KeyFile => S("签名私钥文件（PKCS#8 PEM 或投标工具的演示密钥 JSON）", "Signing key file (PKCS#8 PEM, or the bidder tool's demo key JSON)");
    public string SignInButton => S("签名并登录", "Sign and sign in");
    public string SignInP256Only => S(
        "浏览器登录仅支持 ECDSA P-256 密钥。SM2（国密）密钥请使用投标工具登录：tenderhall-bid login --certificate --org <机构编号> --key <私钥文件>。",
        "Browser sign-in takes ECDSA P-256 keys only. For an SM2 key, sign in with the bidder tool: tenderhall-bid login --certificate --org <organisation id> --key <key file>.");
    public string SignInSessionNote => S(
        "登录凭证只保存在本浏览器标签页中，关闭标签页即失效。",
        "The sign-in token is kept in this browser tab only and is gone when the tab is closed.");
    public string SignInMissing => S("请填写机构编号并选择私钥文件。", "Enter the organisation id and choose the key file.");
    public string SignInWorking => S("正在签名……", "Signing…");
    public string SignInSm2 => S(
        "这是 SM2（国密）密钥，浏览器无法使用。请使用投标工具登录：tenderhall-bid login --certificate --org <机构编号> --key <私钥文件>。",
        "This is an SM2 key, which browsers cannot use. Sign in with the bidder tool: tenderhall-bid login --certificate --org <organisation id> --key <key file>.");
    public string SignInUnsupportedKey => S(
        "无法读取该文件：需要未加密的 ECDSA P-256 私钥（PKCS#8 PEM，即“BEGIN PRIVATE KEY”），或投标工具的演示密钥 JSON。",
        "This file cannot be used: an unencrypted ECDSA P-256 private key is needed (PKCS#8 PEM, \"BEGIN PRIVATE KEY\"), or the bidder tool's demo key JSON.");
    public string SignInEncryptedKey => S(
        "该私钥已加密。请导出未加密的 PKCS#8 私钥，或使用投标工具登录。",
        "This private key is encrypted. Export it unencrypted (PKCS#8), or sign in with the bidder tool.");
    public string SignInWrongChallenge => S("平台返回的挑战不属于该机构，未签名。", "The platform's challenge names another organisation; nothing was signed.");
    public string SignedIn => S("登录成功，正在进入“我的投标”……", "Signed in; opening My bids…");
    public string CredentialsHint => S(
        "请确认所选私钥是该机构在平台登记（且未停用）的签名密钥，然后重试；每次尝试都会使用新的挑战。",
        "Check that the key file holds a signing key registered (and not retired) for this organisation, then try again: each try uses a new challenge.");
    public string NoWebCrypto => S("此浏览器或连接无法使用 WebCrypto 签名（需要 HTTPS），请使用投标工具登录。", "This browser or connection cannot sign with WebCrypto (HTTPS is needed); sign in with the bidder tool.");

    public string MyBidsTitle => S("我的投标", "My bids");
    public string MyLoading => S("正在读取……", "Loading…");
    public string MySignedOut => S("尚未登录，或登录已过期。请先使用证书登录。", "You are not signed in, or the sign-in has expired. Sign in with your certificate first.");
    public string SignedInAs => S("当前登录", "Signed in as");
    public string SignOut => S("退出登录", "Sign out");
    public string Notifications => S("通知", "Notifications");
    public string NoNotifications => S("暂无通知。", "No notifications.");
    public string MyTenders => S("已购买招标文件的项目", "Tenders you hold documents for");
    public string NoMyBids => S("尚未购买任何招标文件。", "You hold no tender documents yet.");
    public string BidStatus => S("投标状态", "Bid");
    public string Receipt => S("回执（投标文件 SHA-256 · 日志序号）", "Receipt (envelope SHA-256 · log index)");
    public string BidSubmitted => S("已递交", "Submitted");
    public string BidWithdrawn => S("已撤回", "Withdrawn");
    public string BidNone => S("未递交", "Not submitted");
    public string OpeningHallShort => S("开标大厅", "Opening hall");
}
