using System.Security.Cryptography;

namespace TenderHall.Crypto.Envelopes;

/// <summary>An envelope was refused; <see cref="Code"/> is one of <see cref="EnvelopeErrorCodes"/>.</summary>
public sealed class EnvelopeException : CryptographicException
{
    /// <summary>Creates the exception with its code and a message a person can act on.</summary>
    public EnvelopeException(string code, string message)
        : base($"{code}: {message}") => Code = code;

    /// <summary>Creates the exception wrapping the underlying failure.</summary>
    public EnvelopeException(string code, string message, Exception inner)
        : base($"{code}: {message}", inner) => Code = code;

    /// <summary>The stable error code, for example <c>ENVELOPE-TENDER</c>.</summary>
    public string Code { get; }
}
