using System.Security.Cryptography;
using Microsoft.Playwright;
using TenderHall.Crypto.Signing;

namespace TenderHall.Api.Tests.Portal;

/// <summary>A key custodian at the opening: its signed-in client and the two key files it keeps on its own machine.</summary>
internal sealed record RoomCustodian(HttpClient Client, ECDiffieHellman EncryptionKey, SignatureKey SigningKey);

/// <summary>
/// The opening room (<c>/opening/{tender}</c>) driven through the pages alone, one browser context per role: the supervisor
/// checks in, custodians hand over their shares in their own browsers, the agency answers objections, the supervisor
/// renders, countersigns and closes the record. <see cref="Run"/> does it all; the steps serve tests that look closer.
/// </summary>
internal static class OpeningRoomPages
{
    public static string Path(string tenderId) => "/opening/" + Uri.EscapeDataString(tenderId);

    /// <summary>Opens the room for <paramref name="client"/>'s role and waits for its first reading of the session.</summary>
    public static async Task<PortalTab> Enter(BrowserPlatform browser, HttpClient client, string tenderId, string locale = "zh-CN", bool bypassCsp = false)
    {
        var tab = await PortalTab.Open(browser, client, Path(tenderId), locale, bypassCsp);
        Assert.True(await tab.Done(), await tab.Errors());
        return tab;
    }

    public static async Task CheckIn(PortalTab supervisor) => Assert.True(await supervisor.Click("#check-in"), await supervisor.Errors());

    /// <summary>The custodian chooses its two key files in its own room and hands its share over; true when the platform took it.</summary>
    public static async Task<(PortalTab Tab, bool HandedOver)> HandOver(BrowserPlatform browser, RoomCustodian custodian, string tenderId, string locale = "zh-CN")
    {
        var tab = await Enter(browser, custodian.Client, tenderId, locale);
        await tab.Page.SetInputFilesAsync("#encryption-key", EncryptionKeyFile(custodian.EncryptionKey));
        await tab.Page.SetInputFilesAsync("#share-signing-key", BrowserBid.KeyFile(custodian.SigningKey));
        return (tab, await tab.Click("#hand-over"));
    }

    /// <summary>Waits until the room shows the session in <paramref name="status"/> (it reads the session again while it moves).</summary>
    public static Task Until(PortalTab tab, string status) =>
        tab.Page.WaitForSelectorAsync($"body[data-opening={status}]", new() { Timeout = 90_000 });

    /// <summary>The agency answers <paramref name="bidderId"/>'s objection in its room.</summary>
    public static async Task Answer(PortalTab agency, string bidderId, string answer)
    {
        var field = $"#answer-{bidderId}";
        await agency.Page.WaitForSelectorAsync(field, new() { Timeout = 30_000 });
        await agency.Page.FillAsync(field, answer);
        Assert.True(await agency.Click($"#send-answer-{bidderId}"), await agency.Errors());
    }

    public static async Task Publish(PortalTab supervisor) => Assert.True(await supervisor.Click("#publish"), await supervisor.Errors());

    /// <summary>The supervisor names the recordings by their hashes, countersigns the record with its key file and closes.</summary>
    public static async Task<bool> CountersignAndClose(PortalTab supervisor, SignatureKey key, string notes, IReadOnlyList<FilePayload> recordings)
    {
        await supervisor.Page.FillAsync("#notes", notes);
        if (recordings.Count > 0) await supervisor.Page.SetInputFilesAsync("#recording-files", recordings);
        await supervisor.Page.SetInputFilesAsync("#record-signing-key", BrowserBid.KeyFile(key));
        return await supervisor.Click("#sign-close");
    }

    /// <summary>
    /// The whole room: check-in, <paramref name="threshold"/> custodians' shares, decryption, <paramref name="responses"/> (the bidders
    /// confirm or object, on their own page or the API), the agency's answers to <paramref name="objectors"/>, the record, the close.
    /// Returns the supervisor's room, closed.
    /// </summary>
    public static async Task<PortalTab> Run(BrowserPlatform browser, string tenderId, HttpClient supervisor, SignatureKey supervisorKey, HttpClient agency,
        IReadOnlyList<RoomCustodian> custodians, int threshold, Func<Task> responses, IReadOnlyList<string> objectors)
    {
        var room = await Enter(browser, supervisor, tenderId);
        await CheckIn(room);
        foreach (var custodian in custodians.Take(threshold))
        {
            var (tab, handed) = await HandOver(browser, custodian, tenderId);
            Assert.True(handed, await tab.Errors());
        }

        await Until(room, "RecordPublished");
        await responses();
        var agencyRoom = await Enter(browser, agency, tenderId);
        foreach (var bidder in objectors) await Answer(agencyRoom, bidder, "经核对，开标记录与投标文件一致");
        await Publish(room);
        Assert.True(await CountersignAndClose(room, supervisorKey, "开标过程正常", []), await room.Errors());
        await Until(room, "Closed");
        return room;
    }

    /// <summary>The custodian's encryption key as the PKCS#8 PEM file it would choose.</summary>
    public static FilePayload EncryptionKeyFile(ECDiffieHellman key) =>
        new() { Name = "custodian.pem", MimeType = "application/x-pem-file", Buffer = System.Text.Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()) };
}
