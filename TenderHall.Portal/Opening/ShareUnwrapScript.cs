namespace TenderHall.Portal.Opening;

/// <summary>
/// A custodian's share of the opening key, unwrapped and signed in the browser as the global <c>custody</c>, byte for byte
/// as <c>TenderHall.Crypto.KeyWrap.KeyWrapper</c> (International suite) and the bidder tool's <c>share</c> command do:
/// wrapped = EPK(65) ‖ IV(12) ‖ CT ‖ TAG(16); KEK = HKDF-SHA-256(ECDH x-coordinate, salt = EPK ‖ recipient key, info);
/// AES-256-GCM opens x ‖ y; the custodian signs <c>ShareSignature.Message</c> over y.
/// </summary>
public static class ShareUnwrapScript
{
    /// <summary>The script.</summary>
    public static string Source { get; } = """
        const custody = (() => {
          const info = new TextEncoder().encode('TenderHall key wrap v1 P-256 HKDF-SHA-256 AES-256-GCM');
          const hex = bytes => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
          const sha256 = async bytes => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
          // KeyId.Compute: the first 8 bytes of SHA-256 over the raw public point, in lower-case hex.
          const keyId = async raw => hex((await sha256(raw)).slice(0, 8));
          const unwrap = async (privateKey, recipientRaw, wrapped) => {
            if (wrapped.length < 65 + 12 + 16) throw new Error('short');
            const epk = wrapped.slice(0, 65), iv = wrapped.slice(65, 77), sealed = wrapped.slice(77);
            const peer = await crypto.subtle.importKey('raw', epk, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
            const shared = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: peer }, privateKey, 256));
            const salt = new Uint8Array(130);
            salt.set(epk);
            salt.set(recipientRaw, 65);
            const secret = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
            shared.fill(0);
            const kek = await crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, secret, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
            return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 128 }, kek, sealed));
          };
          // What the custodian signs (ShareSignature.Message): the share's y bytes only by their hash.
          const message = async (tender, x, y) => new TextEncoder().encode(`TenderHall opening share v1\n${tender}\n${x}\n${hex(await sha256(y))}\n`);
          return { keyId, unwrap, message };
        })();

        """;
}
