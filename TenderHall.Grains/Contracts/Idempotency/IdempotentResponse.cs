namespace TenderHall.Grains.Contracts.Idempotency;

/// <summary>The first response to a request made with an Idempotency-Key, replayed to every retry.</summary>
[GenerateSerializer, Alias("th.IdempotentResponse")]
public sealed class IdempotentResponse
{
    /// <summary>HTTP status code.</summary>
    [Id(0)] public int StatusCode { get; set; }

    /// <summary>Content-Type header, if any.</summary>
    [Id(1)] public string? ContentType { get; set; }

    /// <summary>Location header, if any.</summary>
    [Id(2)] public string? Location { get; set; }

    /// <summary>Response body bytes.</summary>
    [Id(3)] public byte[] Body { get; set; } = [];
}
