using System.Globalization;

namespace BriefingBot.Nlp.Temporal;

/// <summary>Lookups for the words temporal expressions are made of: months, weekdays, seasons, number words.</summary>
internal static class CalendarWords
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11,
        ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a hundred"] = 100, ["a dozen"] = 12, ["dozen"] = 12, ["a couple of"] = 2, ["a couple"] = 2,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["twenty first"] = 21,
        ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    };

    private static readonly Dictionary<string, int> Decades = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6,
        ["seventies"] = 7, ["eighties"] = 8, ["nineties"] = 9,
    };

    /// <summary>1-12 from a month name or its abbreviation (with or without a final dot).</summary>
    public static int Month(string word)
    {
        var w = word.TrimEnd('.');
        if (w.Length < 3) return 0;
        var key = w[..3].ToUpperInvariant();
        return key switch
        {
            "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
            "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, "DEC" => 12,
            _ => 0,
        };
    }

    public static DayOfWeek Weekday(string word) => word[..3].ToUpperInvariant() switch
    {
        "MON" => DayOfWeek.Monday,
        "TUE" => DayOfWeek.Tuesday,
        "WED" => DayOfWeek.Wednesday,
        "THU" => DayOfWeek.Thursday,
        "FRI" => DayOfWeek.Friday,
        "SAT" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    /// <summary>TIMEX3 season code: SP, SU, FA, WI.</summary>
    public static string Season(string word) => word.ToUpperInvariant() switch
    {
        "SPRING" => "SP",
        "SUMMER" => "SU",
        "WINTER" => "WI",
        _ => "FA",
    };

    /// <summary>The month a season is centred on (northern hemisphere), used to pick its year.</summary>
    public static int SeasonMonth(string code) => code switch
    {
        "SP" => 4,
        "SU" => 7,
        "FA" => 10,
        _ => 1,
    };

    /// <summary>A cardinal number written in digits or words ("12", "fifty", "twenty-five", "a"); null for vague words.</summary>
    public static decimal? Number(string text)
    {
        var t = text.Trim();
        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return d;
        var normalized = string.Join(' ', t.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (Numbers.TryGetValue(normalized, out var n)) return n;
        var parts = normalized.Split('-', ' ');
        if (parts.Length == 2 && Numbers.TryGetValue(parts[0], out var tens) && tens >= 20 && Numbers.TryGetValue(parts[1], out var units) && units < 10)
            return tens + units;
        return null;
    }

    public static int Ordinal(string word)
    {
        var w = word.Trim();
        if (Ordinals.TryGetValue(w, out var n)) return n;
        var digits = new string(w.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out n) ? n : 0;
    }

    /// <summary>The decade digit of "eighties" etc., or 0.</summary>
    public static int DecadeWord(string word) => Decades.TryGetValue(word, out var n) ? n : 0;
}
