using System.Diagnostics;
using System.Globalization;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>Peak resident memory of this process (Linux VmHWM; the runtime's peak working set elsewhere).</summary>
internal static class Memory
{
    public static double PeakMegabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return double.Parse(kb, CultureInfo.InvariantCulture) / 1024;
            }
        }
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
