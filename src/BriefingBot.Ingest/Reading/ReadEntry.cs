namespace BriefingBot.Ingest.Reading;

/// <summary>One item of a streamed read: a document or a problem, never both.</summary>
internal readonly record struct ReadEntry(ReadDocument? Document, FileProblem? Problem)
{
    public static ReadEntry Of(ReadDocument document) => new(document, null);

    public static ReadEntry Failed(string file, string reason, int? line = null) => new(null, new FileProblem(file, line, reason));
}
