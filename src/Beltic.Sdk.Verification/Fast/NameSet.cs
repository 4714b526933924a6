namespace Beltic.Verification.Fast;

/// <summary>
/// The member names of one JSON object, to refuse a name seen twice. Names must be unescaped (so equal bytes mean equal
/// names); an escaped name, or more names than the buffer holds, gives up to the full parser.
/// </summary>
internal ref struct NameSet(ReadOnlySpan<byte> json, Span<int> slots)
{
    private readonly ReadOnlySpan<byte> _json = json;
    private readonly Span<int> _slots = slots;
    private int _count;

    /// <summary>Adds the property name a reader is on; false when it is escaped, repeated, or one too many.</summary>
    public bool Add(ReadOnlySpan<byte> name, long tokenStart, bool escaped)
    {
        if (escaped || (_count + 1) * 2 > _slots.Length)
        {
            return false;
        }

        var start = (int)tokenStart + 1; // after the opening quote
        for (var i = 0; i < _count; i++)
        {
            if (_slots[(2 * i) + 1] == name.Length && _json.Slice(_slots[2 * i], name.Length).SequenceEqual(name))
            {
                return false;
            }
        }

        _slots[2 * _count] = start;
        _slots[(2 * _count) + 1] = name.Length;
        _count++;
        return true;
    }
}
