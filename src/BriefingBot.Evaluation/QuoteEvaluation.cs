using System.Globalization;
using BriefingBot.Core.Analysis;
using BriefingBot.Evaluation.Quotes;
using BriefingBot.Nlp;

namespace BriefingBot.Evaluation;

/// <summary>
/// Quote detection and speaker attribution against GenderGapTracker-style gold (see shared/data/README.md):
/// one-to-one matching at &gt;30% and &gt;80% character coverage, P/R/F1 for all quotes and the direct subset, and
/// speaker accuracy over matched quotes.
/// </summary>
public static class QuoteEvaluation
{
    private const int DefaultExamples = 6;
    private const int ExampleLength = 110;

    /// <summary>Analyzes <paramref name="inputPath"/> (default: the gold file's sibling *.input.jsonl), scores against <paramref name="goldPath"/>, writes the report.</summary>
    public static EvaluationResult Run(string goldPath, string? inputPath, TextWriter output) => Run(goldPath, inputPath, output, DefaultExamples);

    /// <summary>As <see cref="Run(string, string?, TextWriter)"/>, listing up to <paramref name="examples"/> errors per category.</summary>
    public static EvaluationResult Run(string goldPath, string? inputPath, TextWriter output, int examples)
    {
        ArgumentNullException.ThrowIfNull(goldPath);
        ArgumentNullException.ThrowIfNull(output);
        inputPath ??= DefaultInput(goldPath);
        var gold = GoldQuote.ReadFile(goldPath);
        var documents = EvaluationDocument.ReadJsonLines(inputPath);
        var analyzer = new TextAnalyzer();

        var all30 = new Counts(); var all80 = new Counts(); var direct30 = new Counts(); var direct80 = new Counts();
        int speakerRight = 0, speakerTotal = 0;
        var missed = new List<string>(); var spurious = new List<string>(); var wrongSpeaker = new List<string>();

        foreach (var doc in documents)
        {
            if (!gold.TryGetValue(doc.Id, out var goldQuotes)) continue;
            var predicted = analyzer.Analyze(doc.ToInput()).Analysis.Quotes;
            var pairs30 = all30.Add(goldQuotes, predicted, 0.3);
            all80.Add(goldQuotes, predicted, 0.8);
            var goldDirect = goldQuotes.Where(g => g.Direct).ToList();
            var predDirect = predicted.Where(p => p.Kind != QuoteKind.Indirect).ToList();
            direct30.Add(goldDirect, predDirect, 0.3);
            direct80.Add(goldDirect, predDirect, 0.8);

            foreach (var (g, p) in pairs30)
            {
                speakerTotal++;
                if (SpeakerMatch.Same(predicted[p].Speaker, goldQuotes[g].Reference)) speakerRight++;
                else wrongSpeaker.Add($"{doc.Id}: \"{Clip(predicted[p].Text)}\" predicted {predicted[p].Speaker ?? "(none)"} [{predicted[p].SpeakerSurface}], gold {goldQuotes[g].Reference}");
            }
            var matchedGold = pairs30.Select(x => x.Gold).ToHashSet();
            var matchedPred = pairs30.Select(x => x.Predicted).ToHashSet();
            missed.AddRange(goldQuotes.Where((_, i) => !matchedGold.Contains(i)).Select(g => $"{doc.Id}: ({(g.Direct ? "direct" : "indirect")}, {g.Reference}) \"{Clip(g.Text)}\""));
            spurious.AddRange(predicted.Where((_, i) => !matchedPred.Contains(i)).Select(p => $"{doc.Id}: ({p.Kind.ToString().ToLowerInvariant()}, {p.Speaker}) \"{Clip(p.Text)}\""));
        }

        var speakerAccuracy = speakerTotal == 0 ? 0 : (double)speakerRight / speakerTotal;
        output.WriteLine($"Quotes: {documents.Count} documents, {all30.Gold} gold quotes ({direct30.Gold} direct), {all30.Predicted} predicted");
        output.WriteLine("subset        P      R      F1");
        Row(output, "all@30", all30);
        Row(output, "all@80", all80);
        Row(output, "direct@30", direct30);
        Row(output, "direct@80", direct80);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speaker accuracy {speakerAccuracy:F3} ({speakerRight}/{speakerTotal} matched quotes)"));
        Section(output, "missed", missed, examples);
        Section(output, "spurious", spurious, examples);
        Section(output, "wrong speaker", wrongSpeaker, examples);

        var scores = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["all.precision@30"] = all30.Precision, ["all.recall@30"] = all30.Recall, ["all.f1@30"] = all30.F1,
            ["all.precision@80"] = all80.Precision, ["all.recall@80"] = all80.Recall, ["all.f1@80"] = all80.F1,
            ["direct.precision@30"] = direct30.Precision, ["direct.recall@30"] = direct30.Recall, ["direct.f1@30"] = direct30.F1,
            ["direct.precision@80"] = direct80.Precision, ["direct.recall@80"] = direct80.Recall, ["direct.f1@80"] = direct80.F1,
            ["speaker.accuracy"] = speakerAccuracy,
        };
        return new EvaluationResult("quotes", scores);
    }

    private static string DefaultInput(string goldPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(goldPath)) ?? ".";
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(goldPath) + ".input.jsonl");
    }

    private static void Row(TextWriter output, string name, Counts c) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {c.Precision:F3}  {c.Recall:F3}  {c.F1:F3}"));

    private static void Section(TextWriter output, string title, List<string> lines, int examples)
    {
        output.WriteLine($"-- {title}: {lines.Count}");
        foreach (var line in lines.Take(examples)) output.WriteLine("   " + line);
    }

    private static string Clip(string s)
    {
        var flat = s.ReplaceLineEndings(" ");
        return flat.Length <= ExampleLength ? flat : flat[..ExampleLength] + "…";
    }

    private sealed class Counts
    {
        public int Gold { get; private set; }
        public int Predicted { get; private set; }
        public int Matched { get; private set; }
        public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public List<(int Gold, int Predicted)> Add(List<GoldQuote> gold, IReadOnlyList<Quote> predicted, double threshold)
        {
            var pairs = QuoteMatcher.Match(gold, predicted, threshold);
            Gold += gold.Count;
            Predicted += predicted.Count;
            Matched += pairs.Count;
            return pairs;
        }
    }
}
