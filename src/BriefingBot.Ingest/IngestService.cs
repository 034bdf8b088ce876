using System.Threading.Channels;
using BriefingBot.Core.Analysis;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Index;
using BriefingBot.Ingest.Identity;
using BriefingBot.Ingest.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Ingest;

/// <summary>
/// Reads files and folders, analyzes each document and writes it to the index. Files are streamed one by one;
/// documents are analyzed a few at a time in parallel and written in reading order (in batches when the index supports it), so memory stays
/// flat on large folders and outcomes are deterministic. A bad file never stops the run: it is reported by name.
/// </summary>
public sealed class IngestService
{
    /// <summary>Articles per write transaction when the index supports batches: one commit and one full-text segment each.</summary>
    private const int WriteBatchSize = 64;

    private readonly ITextAnalyzer _analyzer;
    private readonly IArticleIndex _index;
    private readonly TimeProvider _time;
    private readonly IngestOptions _options;
    private readonly ILogger<IngestService> _logger;

    public IngestService(ITextAnalyzer analyzer, IArticleIndex index, TimeProvider timeProvider, IOptions<IngestOptions> options, ILogger<IngestService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Ingests files and folders (recursively). Throws only when cancelled or when the run itself cannot proceed.</summary>
    public async Task<IngestResult> IngestAsync(IReadOnlyList<string> paths, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var started = _time.GetTimestamp();
        var (files, skipped, walkProblems) = FileWalker.Collect(paths);
        var tally = new Tally(files.Count);
        tally.Failed.AddRange(walkProblems);
        foreach (var problem in walkProblems) _logger.LogWarning("Not ingested: {Problem}", problem);

        var channel = Channel.CreateBounded<Task<Prepared>>(new BoundedChannelOptions(_options.MaxParallelAnalyses)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(files, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            // An index that can write several articles per transaction gets them in batches (in reading order, so
            // outcomes, failures and progress reports are the same as one by one, only reported a batch at a time).
            var batchIndex = _index as IBatchArticleIndex;
            var buffered = new List<Prepared>();
            var bufferedReady = 0;
            await foreach (var pending in channel.Reader.ReadAllAsync(cancellationToken))
            {
                var prepared = await pending;
                if (batchIndex is null)
                {
                    await ConsumeAsync(prepared, null, files, tally, cancellationToken);
                    progress?.Report(tally.Progress(prepared.Kind == PreparedKind.FileDone ? null : files[prepared.FileIndex]));
                    continue;
                }
                buffered.Add(prepared);
                if (prepared.Kind == PreparedKind.Ready && ++bufferedReady >= WriteBatchSize)
                {
                    await FlushAsync(batchIndex, buffered, files, tally, progress, cancellationToken);
                    bufferedReady = 0;
                }
            }
            if (batchIndex is not null) await FlushAsync(batchIndex, buffered, files, tally, progress, cancellationToken);
        }
        finally
        {
            // Unblocks the producer if the consumer stopped early (cancellation); a no-op otherwise.
            await stop.CancelAsync();
            await producer;
        }

        var result = new IngestResult(files.Count, tally.Added, tally.Updated, tally.Unchanged, skipped, tally.Failed, _time.GetElapsedTime(started));
        _logger.LogInformation("Ingest of {Files} files: {Result} in {Elapsed}", files.Count, result, result.Elapsed);
        return result;
    }

    private async Task ProduceAsync(IReadOnlyList<string> files, ChannelWriter<Task<Prepared>> writer, CancellationToken cancellationToken)
    {
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var fileIndex = i;
                foreach (var entry in DocumentReaders.Read(files[i], _options.MaxFileBytes))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var task = entry.Document is { } document
                        ? Task.Run(() => Prepare(fileIndex, document), cancellationToken)
                        : Task.FromResult(Prepared.Failure(fileIndex, entry.Problem!));
                    await writer.WriteAsync(task, cancellationToken);
                }
                await writer.WriteAsync(Task.FromResult(Prepared.FileDone(fileIndex)), cancellationToken);
            }
            writer.TryComplete();
        }
        catch (OperationCanceledException)
        {
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            // Surfaces in the consumer's ReadAllAsync: a failure of the run itself, not of one file.
            writer.TryComplete(ex);
        }
    }

    /// <summary>Runs on the thread pool: pure CPU work, no shared state.</summary>
    private Prepared Prepare(int fileIndex, ReadDocument document)
    {
        foreach (var warning in document.Warnings)
            _logger.LogWarning("{File}{Line}: {Warning}", document.File, LineSuffix(document.Line), warning);

        // Analysis offsets refer to this body; what is stored is the same text with the boilerplate blanked (same offsets).
        var body = document.Body.Trim();
        if (body.Length == 0) return Prepared.Failure(fileIndex, new FileProblem(document.File, document.Line, "no article text"));
        var title = document.Title ?? TitleFallback.From(body) ?? Path.GetFileNameWithoutExtension(document.File);
        try
        {
            var analysis = _analyzer.Analyze(new DocumentInput(body, document.Published, title));
            var (published, approximate) = document.Published is { } given
                ? (given, document.PublishedApproximate)
                : (analysis.Published, analysis.Published is not null);
            var article = new Article
            {
                Id = ArticleIdentity.ArticleId(document.Url, body),
                Title = title,
                Text = BoilerplateBlanking.Apply(body, analysis.Analysis.BoilerplateRemoved),
                Url = document.Url,
                Source = document.Source ?? HostOf(document.Url),
                Published = published,
                PublishedApproximate = approximate,
                Authors = document.Authors,
                Truncated = analysis.Analysis.Truncated,
                ContentHash = ArticleIdentity.ContentHash(title, body),
            };
            return Prepared.Ready(fileIndex, document, new AnalyzedArticle(article, analysis.Analysis));
        }
#pragma warning disable CA1031 // One document the pipeline chokes on must not stop the batch; it is reported by name.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogError(ex, "Analysis failed for {File}{Line}", document.File, LineSuffix(document.Line));
            return Prepared.Failure(fileIndex, new FileProblem(document.File, document.Line, $"analysis failed: {ex.Message}"));
        }
    }

    /// <summary>
    /// Writes the buffered articles in one batch, then tallies every buffered item in reading order. If the batch
    /// fails as a whole (nothing of it was written), its articles are retried one by one so that a failure is
    /// attributed to the document that caused it, exactly as without batching.
    /// </summary>
    private async Task FlushAsync(
        IBatchArticleIndex batchIndex, List<Prepared> buffered, IReadOnlyList<string> files, Tally tally, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var articles = buffered.Where(p => p.Kind == PreparedKind.Ready).Select(p => p.Article!).ToList();
        IReadOnlyList<UpsertOutcome>? outcomes = null;
        if (articles.Count > 0)
        {
            try
            {
                outcomes = await batchIndex.UpsertManyAsync(articles, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning(ex, "Batch write of {Count} articles failed; writing them one by one", articles.Count);
            }
        }

        var next = 0;
        foreach (var prepared in buffered)
        {
            UpsertOutcome? written = prepared.Kind == PreparedKind.Ready && outcomes is not null ? outcomes[next++] : null;
            await ConsumeAsync(prepared, written, files, tally, cancellationToken);
            progress?.Report(tally.Progress(prepared.Kind == PreparedKind.FileDone ? null : files[prepared.FileIndex]));
        }
        buffered.Clear();
    }

    /// <summary>Tallies one item; writes its article unless <paramref name="written"/> already holds the outcome of a batch write.</summary>
    private async Task ConsumeAsync(Prepared prepared, UpsertOutcome? written, IReadOnlyList<string> files, Tally tally, CancellationToken cancellationToken)
    {
        switch (prepared.Kind)
        {
            case PreparedKind.FileDone:
                tally.FilesDone = prepared.FileIndex + 1;
                return;
            case PreparedKind.Failure:
                tally.Documents++;
                tally.Failed.Add(prepared.Problem!);
                _logger.LogWarning("Not ingested: {Problem}", prepared.Problem);
                return;
        }
        tally.Documents++;
        var document = prepared.Document!;
        UpsertOutcome outcome;
        try
        {
            outcome = written ?? await _index.UpsertAsync(prepared.Article!, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Index write failed for {File}{Line}", files[prepared.FileIndex], LineSuffix(document.Line));
            tally.Failed.Add(new FileProblem(document.File, document.Line, $"could not be written to the index: {ex.Message}"));
            return;
        }
        switch (outcome)
        {
            case UpsertOutcome.Added: tally.Added++; break;
            case UpsertOutcome.Updated: tally.Updated++; break;
            default: tally.Unchanged++; break;
        }
    }

    // ---- Web sources (feeds and pages) -------------------------------------------------------------------------
    // Added for BriefingBot.Ingest.Sources: one document already read from the web goes through the same analysis
    // and upsert as a file's documents. The file walk above does not use it.

    /// <summary>
    /// Analyzes one already-read document and upserts it. <paramref name="articleId"/> overrides the id derived from
    /// the document's URL (the source service passes the id of the article it replaces or updates). Never throws
    /// for a bad document or an index write failure: <see cref="Sources.DocumentIngestResult.Problem"/> says why.
    /// </summary>
    public async Task<Sources.DocumentIngestResult> IngestDocumentAsync(ReadDocument document, string? articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var prepared = Prepare(0, document);
        if (prepared.Kind != PreparedKind.Ready) return Sources.DocumentIngestResult.Failed(prepared.Problem?.Reason ?? "not ingested");
        var analyzed = prepared.Article!;
        if (articleId is not null) analyzed = analyzed with { Article = analyzed.Article with { Id = articleId } };
        try
        {
            var outcome = await _index.UpsertAsync(analyzed, cancellationToken).ConfigureAwait(false);
            return new Sources.DocumentIngestResult(outcome, analyzed, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Index write failed for {Url}", document.Url ?? document.File);
            return Sources.DocumentIngestResult.Failed($"could not be written to the index: {ex.Message}");
        }
    }

    // ---- end of web sources ---------------------------------------------------------------------------------

    private static string LineSuffix(int? line) => line is { } l ? ":" + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.Host.ToLowerInvariant() : null;

    private enum PreparedKind
    {
        Ready,
        Failure,
        FileDone,
    }

    private sealed record Prepared(PreparedKind Kind, int FileIndex, ReadDocument? Document, AnalyzedArticle? Article, FileProblem? Problem)
    {
        public static Prepared Ready(int fileIndex, ReadDocument document, AnalyzedArticle article) => new(PreparedKind.Ready, fileIndex, document, article, null);

        public static Prepared Failure(int fileIndex, FileProblem problem) => new(PreparedKind.Failure, fileIndex, null, null, problem);

        public static Prepared FileDone(int fileIndex) => new(PreparedKind.FileDone, fileIndex, null, null, null);
    }

    /// <summary>Counters touched only by the single consumer.</summary>
    private sealed class Tally(int filesTotal)
    {
        public int FilesDone { get; set; }
        public int Documents { get; set; }
        public int Added { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
        public List<FileProblem> Failed { get; } = [];

        public IngestProgress Progress(string? currentFile) =>
            new(FilesDone, filesTotal, Documents, Added, Updated, Unchanged, Failed.Count, currentFile);
    }
}
