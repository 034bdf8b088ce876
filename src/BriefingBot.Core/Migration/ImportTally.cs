using BriefingBot.Core.Index;

namespace BriefingBot.Core.Migration;

/// <summary>How many rows of one kind each <see cref="ImportOutcome"/> took.</summary>
public sealed record ImportTally(long Added, long Replaced, long Unchanged, long KeptTarget)
{
    public static ImportTally None { get; } = new(0, 0, 0, 0);

    public long Total => Added + Replaced + Unchanged + KeptTarget;

    public ImportTally Plus(IEnumerable<ImportOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var (added, replaced, unchanged, kept) = (Added, Replaced, Unchanged, KeptTarget);
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case ImportOutcome.Added: added++; break;
                case ImportOutcome.Replaced: replaced++; break;
                case ImportOutcome.Unchanged: unchanged++; break;
                default: kept++; break;
            }
        }
        return new ImportTally(added, replaced, unchanged, kept);
    }
}
