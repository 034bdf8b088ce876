using System.Text;

namespace BriefingBot.Bench.Vocabulary;

/// <summary>
/// Time expressions in the many shapes news uses (TIMEX3 DATE, DURATION and reference forms), chosen relative to the
/// publication date so that relative expressions make sense.
/// </summary>
internal static class TimePhrases
{
    private const int Shapes = 24;

    public static void Append(StringBuilder sb, Rng rng, DateOnly published)
    {
        var past = published.AddDays(-rng.Next(1, 400));
        var recent = published.AddDays(-rng.Next(1, 6));
        var year = past.Year;
        switch (rng.Next(Shapes))
        {
            case 0: sb.Append("on ").Append(Names.Weekdays[(int)recent.DayOfWeek == 0 ? 6 : (int)recent.DayOfWeek - 1]); break;
            case 1: sb.Append("on ").Append(Names.Months[past.Month - 1]).Append(' ').Append(past.Day); break;
            case 2: sb.Append("on ").Append(Names.Months[past.Month - 1]).Append(' ').Append(past.Day).Append(", ").Append(year); break;
            case 3: sb.Append("on ").Append(past.Day).Append(' ').Append(Names.Months[past.Month - 1]).Append(' ').Append(year); break;
            case 4: sb.Append("in ").Append(Names.Months[past.Month - 1]).Append(' ').Append(year); break;
            case 5: sb.Append("in ").Append(year - rng.Next(0, 6)); break;
            case 6: sb.Append("last year"); break;
            case 7: sb.Append("last month"); break;
            case 8: sb.Append("last week"); break;
            case 9: sb.Append("yesterday"); break;
            case 10: sb.Append("earlier this week"); break;
            case 11: sb.Append("next year"); break;
            case 12: sb.Append("in the ").Append((year - rng.Next(10, 50)) / 10 * 10).Append('s'); break;
            case 13: sb.Append(rng.Chance(50) ? "in the 20th century" : "in the late 19th century"); break;
            case 14: sb.Append(rng.Chance(50) ? "in early " : "in late ").Append(year); break;
            case 15: sb.Append("by the end of ").Append(published.Year + rng.Next(0, 3)); break;
            case 16: sb.Append("in the summer of ").Append(year); break;
            case 17: sb.Append(rng.Chance(50) ? "this spring" : "this autumn"); break;
            case 18: sb.Append(rng.Next(2, 12)).Append(" years ago"); break;
            case 19: sb.Append("for ").Append(rng.Next(2, 40)).Append(" years"); break;
            case 20: sb.Append("since ").Append(year - rng.Next(1, 15)); break;
            case 21: sb.Append("in the third quarter of ").Append(year); break;
            case 22: sb.Append("on ").Append(past.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
            default: sb.Append("in mid-").Append(Names.ShortMonths[past.Month - 1]).Append(' ').Append(year); break;
        }
    }
}
