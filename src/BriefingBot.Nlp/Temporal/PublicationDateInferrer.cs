using BriefingBot.Core.Time;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Estimates when a text was written when no metadata says so (placeholder).</summary>
public static class PublicationDateInferrer
{
    public static PartialDate? Infer(string text, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        return null;
    }
}
