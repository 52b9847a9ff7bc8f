using System.Collections;
using HybridCoach.Formats.Fit.Messages;

namespace HybridCoach.Formats.Fit;

/// <summary>
/// The messages of a decoded file, in file order. Indexing and <c>foreach</c> (a struct enumerator) hand
/// out <see cref="FitMessage"/> views without allocating.
/// </summary>
public sealed class FitMessageList : IReadOnlyList<FitMessage>
{
    private readonly FitMessageStore _store;

    internal FitMessageList(FitMessageStore store) => _store = store;

    public int Count => _store.Count;

    public FitMessage this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _store.Count);
            return new FitMessage(_store, index);
        }
    }

    public Enumerator GetEnumerator() => new(_store);

    IEnumerator<FitMessage> IEnumerable<FitMessage>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the messages in file order.</summary>
    public struct Enumerator : IEnumerator<FitMessage>
    {
        private readonly FitMessageStore _store;
        private int _index;

        internal Enumerator(FitMessageStore store)
        {
            _store = store;
            _index = -1;
        }

        public readonly FitMessage Current => new(_store, _index);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _store.Count;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
