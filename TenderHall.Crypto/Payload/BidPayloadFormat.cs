namespace TenderHall.Crypto.Payload;

/// <summary>Constants of the plaintext payload container sealed inside an envelope.</summary>
internal static class BidPayloadFormat
{
    public static ReadOnlySpan<byte> Magic => "THBP"u8;

    public const byte Version = 1;
    public const byte AttachmentTag = 0x01;
    public const byte EndTag = 0x00;
    public const int MaxFormLength = 1 << 20;
    public const int CopyBufferLength = 1 << 16;
}
