using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Grains.Opening;

/// <summary>Rebuilds the opening key from the shares at hand, trying each k-subset, so one wrong share cannot block the opening.</summary>
public static class ShareRebuild
{
    /// <summary>The key rebuilt from some <paramref name="bundle"/>.Threshold of <paramref name="shares"/>, or null when no subset checks out.</summary>
    public static EncryptionKeyPair? Try(CustodyBundle bundle, IReadOnlyList<SecretShare> shares)
    {
        if (shares.Count < bundle.Threshold) return null;
        foreach (var subset in Subsets(shares.Count, bundle.Threshold))
        {
            try
            {
                return OpeningKeyCustody.Rebuild(bundle, [.. subset.Select(i => shares[i])]);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // This subset holds a wrong share; another may not.
            }
        }

        return null;
    }

    private static IEnumerable<int[]> Subsets(int n, int k)
    {
        var indexes = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return [.. indexes];
            var i = k - 1;
            while (i >= 0 && indexes[i] == n - k + i) i--;
            if (i < 0) yield break;
            indexes[i]++;
            for (var j = i + 1; j < k; j++) indexes[j] = indexes[j - 1] + 1;
        }
    }
}
