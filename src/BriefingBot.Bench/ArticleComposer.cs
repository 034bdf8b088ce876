using System.Text;
using BriefingBot.Bench.Vocabulary;

namespace BriefingBot.Bench;

/// <summary>
/// Writes one synthetic article into a reused buffer: a dated lead, paragraphs of quotes (direct, multi-sentence,
/// partial, indirect; speakers introduced by title or apposition, then by surname or pronoun), dated events and
/// background, sometimes followed by boilerplate a cleaner should drop. Reuses its buffers, so it is not thread-safe.
/// </summary>
internal sealed class ArticleComposer
{
    /// <summary>Article lengths are drawn from [Min, Max): about 5 KB on average.</summary>
    private const int MinLength = 2_400;
    private const int MaxLength = 7_600;
    private static readonly DateOnly FirstDate = new(2015, 1, 1);
    private const int DateSpanDays = 11 * 365;

    private readonly StringBuilder _text = new(MaxLength + 2_048);
    private readonly StringBuilder _title = new(128);
    private readonly List<Person> _speakers = new(4);
    private Rng _rng = new(0);
    private int _topicIndex;
    private int _secondaryIndex;
    private Topic _topic = Topics.All[0];
    private Topic _secondary = Topics.All[1];
    private DateOnly _published;
    private Person? _lastSpeaker;
    private readonly HashSet<Person> _introduced = [];

    public StringBuilder Text => _text;

    public StringBuilder Title => _title;

    public DateOnly Published => _published;

    public string Source { get; private set; } = "";

    public string Domain { get; private set; } = "";

    public string Keyword => _topic.Keyword;

    public string[] Authors { get; private set; } = [];

    public void Compose(Rng rng)
    {
        _rng = rng;
        _text.Clear();
        _title.Clear();
        _introduced.Clear();
        _lastSpeaker = null;
        _topicIndex = rng.Next(Topics.All.Length);
        _secondaryIndex = rng.Next(Topics.All.Length);
        _topic = Topics.All[_topicIndex];
        _secondary = Topics.All[_secondaryIndex];
        _published = FirstDate.AddDays(rng.Next(DateSpanDays));
        var outlet = rng.Next(Names.Outlets.Length);
        Source = Names.Outlets[outlet];
        Domain = Names.OutletDomains[outlet];
        Authors = rng.Chance(70) ? [Journalist()] : [Journalist(), Journalist()];
        ChooseSpeakers();

        Fill(_title, rng.Pick(Phrases.Titles), _topic);
        Capitalize(_title, 0);

        var target = rng.Next(MinLength, MaxLength);
        Sentence(Phrases.Events, _topic);
        Sentence(Phrases.Background, _topic);
        while (_text.Length < target)
        {
            _text.Append("\n\n");
            var topic = rng.Chance(75) ? _topic : _secondary;
            switch (rng.Next(10))
            {
                case 0 or 1 or 2: QuoteParagraph(topic); break;
                case 3: PartialQuote(topic); Sentence(Phrases.Background, topic); break;
                case 4: IndirectQuote(topic); Sentence(Phrases.Events, topic); break;
                case 5 or 6: Sentence(Phrases.Events, topic); Sentence(Phrases.Background, topic); break;
                default: Sentence(Phrases.Background, topic); Sentence(Phrases.Background, topic); Sentence(Phrases.Events, topic); break;
            }
        }
        Boilerplate();
    }

    private void ChooseSpeakers()
    {
        _speakers.Clear();
        var home = Cast.ByTopic[_topicIndex];
        var away = Cast.ByTopic[_secondaryIndex];
        var count = _rng.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            var person = _rng.Chance(75) ? _rng.Pick(home) : _rng.Pick(away);
            if (!_speakers.Contains(person)) _speakers.Add(person);
        }
    }

    private void QuoteParagraph(Topic topic)
    {
        var speaker = _rng.Pick(_speakers);
        var (open, close) = QuoteMarks();
        var sameSpeaker = speaker == _lastSpeaker;
        Space();
        switch (_rng.Next(4))
        {
            case 0:
                // "Quote," Name said. "More."
                _text.Append(open);
                FillQuote(topic, comma: true);
                _text.Append(close).Append(' ');
                if (sameSpeaker && _rng.Chance(60)) _text.Append(speaker.Pronoun).Append(' ').Append(_rng.Pick(Phrases.Cues));
                else if (_rng.Chance(50)) { _text.Append(Cue()).Append(' '); Name(speaker, apposition: false); }
                else { Name(speaker); _text.Append(' ').Append(Cue()); }
                _text.Append('.');
                if (_rng.Chance(40))
                {
                    _text.Append(' ').Append(open);
                    FillCapitalized(topic, _rng.Pick(Phrases.FollowUps));
                    _text.Append(close);
                }
                break;
            case 1:
                // Name said: "Quote."
                Name(speaker);
                _text.Append(' ').Append(Cue()).Append(": ").Append(open);
                FillCapitalized(topic, _rng.Pick(Phrases.Quotes));
                _text.Append(close);
                break;
            case 2:
                // Context sentence, then a quote attributed to the pronoun.
                Name(speaker);
                _text.Append(" spoke ");
                TimePhrases.Append(_text, _rng, _published);
                _text.Append(" in ").Append(_rng.Pick(Names.Cities)).Append(". ").Append(open);
                FillQuote(topic, comma: true);
                _text.Append(close).Append(' ').Append(speaker.Pronoun).Append(' ').Append(_rng.Pick(Phrases.Cues)).Append('.');
                break;
            default:
                // "Quote," said Title Name, "and more."
                _text.Append(open);
                FillQuote(topic, comma: true);
                _text.Append(close).Append(" said ");
                Name(speaker, apposition: false);
                _text.Append('.');
                Sentence(Phrases.Background, topic);
                break;
        }
        Sentence(Phrases.Background, topic);
        _lastSpeaker = speaker;
    }

    private void PartialQuote(Topic topic)
    {
        var speaker = _rng.Pick(_speakers);
        var (open, close) = QuoteMarks();
        Space();
        Name(speaker);
        _text.Append(" called ").Append(_rng.Pick(topic.Things)).Append(' ').Append(open);
        Fill(_text, _rng.Pick(Phrases.Fragments), topic);
        _text.Append(close).Append('.');
        _lastSpeaker = speaker;
    }

    private void IndirectQuote(Topic topic)
    {
        var speaker = _rng.Pick(_speakers);
        Space();
        if (_rng.Chance(50))
        {
            Name(speaker);
            _text.Append(' ').Append(_rng.Chance(50) ? "said that " : "warned that ");
        }
        else
        {
            _text.Append("According to ");
            Name(speaker, apposition: false);
            _text.Append(", ");
        }
        Fill(_text, _rng.Pick(Phrases.Clauses), topic);
        _text.Append('.');
        _lastSpeaker = speaker;
    }

    /// <summary>Full name with title or apposition on first mention, surname (sometimes with title) afterwards.</summary>
    /// <param name="apposition">False where a following comma would be wrong ("said X." or "According to X,").</param>
    private void Name(Person person, bool apposition = true)
    {
        if (_introduced.Add(person))
        {
            if (!apposition || _rng.Chance(50)) _text.Append(person.Title).Append(' ').Append(person.Name);
            else _text.Append(person.Name).Append(", ").Append(person.Appositive).Append(',');
        }
        else if (_rng.Chance(20)) _text.Append(person.Title).Append(' ').Append(person.Last);
        else _text.Append(person.Last);
    }

    private string Cue() => _rng.Chance(70) ? "said" : _rng.Pick(Phrases.Cues);

    private (char Open, char Close) QuoteMarks() => _rng.Chance(80) ? ('"', '"') : ('\u201C', '\u201D');

    /// <summary>A full quote; with <paramref name="comma"/> the final full stop becomes a comma, as in <c>"...," she said.</c></summary>
    private void FillQuote(Topic topic, bool comma)
    {
        FillCapitalized(topic, _rng.Pick(Phrases.Quotes));
        if (comma && _text[^1] == '.') _text[^1] = ',';
    }

    private void Sentence(string[] templates, Topic topic)
    {
        Space();
        var start = _text.Length;
        Fill(_text, _rng.Pick(templates), topic);
        Capitalize(_text, start);
    }

    /// <summary>One space between sentences, none at the start of a paragraph.</summary>
    private void Space()
    {
        if (_text.Length > 0 && _text[^1] is not ('\n' or ' ')) _text.Append(' ');
    }

    /// <summary>Fills a template that opens a quotation, with a capital first letter ("{G} deserve ..." starts a quote).</summary>
    private void FillCapitalized(Topic topic, string template)
    {
        var start = _text.Length;
        Fill(_text, template, topic);
        Capitalize(_text, start);
    }

    private void Fill(StringBuilder sb, string template, Topic topic)
    {
        var i = 0;
        while (i < template.Length)
        {
            var brace = template.IndexOf('{', i);
            if (brace < 0)
            {
                sb.Append(template, i, template.Length - i);
                return;
            }
            sb.Append(template, i, brace - i);
            Slot(sb, template[brace + 1], topic);
            i = brace + 3;
        }
    }

    private void Slot(StringBuilder sb, char slot, Topic topic)
    {
        switch (slot)
        {
            case 'T': sb.Append(_rng.Pick(topic.Things)); break;
            case 'G': sb.Append(_rng.Pick(topic.Groups)); break;
            case 'P': sb.Append(_rng.Chance(50) ? _rng.Pick(Names.Countries) : _rng.Pick(Names.Cities)); break;
            case 'O': sb.Append(_rng.Pick(topic.Organisations)); break;
            case 'A': sb.Append(_rng.Pick(topic.Actions)); break;
            case 'K': sb.Append(topic.Keyword); break;
            case 'N': sb.Append(_rng.Next(2, 95)); break;
            case 'D': TimePhrases.Append(sb, _rng, _published); break;
            default: throw new InvalidOperationException($"Unknown template slot {{{slot}}}.");
        }
    }

    private void Boilerplate()
    {
        var roll = _rng.Next(100);
        if (roll < 10)
        {
            _text.Append("\n\nRead more:\n");
            for (var i = 0; i < 3; i++)
            {
                var start = _text.Length;
                Fill(_text, _rng.Pick(Phrases.Titles), _rng.Pick(Topics.All));
                Capitalize(_text, start);
                _text.Append('\n');
            }
            _text.Append("\nShare this article: Facebook Twitter Email");
        }
        else if (roll < 18)
        {
            _text.Append("\n\nReporting by ").Append(Authors[0]).Append("; editing by ").Append(Journalist()).Append('.');
        }
    }

    private string Journalist() =>
        (_rng.Chance(50) ? _rng.Pick(Names.FemaleFirst) : _rng.Pick(Names.MaleFirst)) + " " + _rng.Pick(Names.Surnames);

    private static void Capitalize(StringBuilder sb, int at)
    {
        if (at < sb.Length) sb[at] = char.ToUpperInvariant(sb[at]);
    }
}
