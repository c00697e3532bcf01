using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TenderHall.Crypto.Sm4;

/// <summary>One batch in transposed form: element 4·s + j holds word j of the eight blocks of set s.</summary>
[InlineArray(16)]
internal struct Sm4Words
{
    private Vector256<uint> element;
}
