using System.Globalization;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>One line per result, invariant culture, easy to paste into docs/benchmarks.md.</summary>
internal static class Report
{
    public static void Line(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
