using System.Diagnostics;
using System.Globalization;

namespace BriefingBot.Benchmarks.Modes;

/// <summary>Resource use of this process: peak resident memory (Linux VmHWM; the peak working set elsewhere) and CPU time.</summary>
internal static class Memory
{
    /// <summary>CPU time used by this process so far: on a shared machine, wall time alone says more about the neighbours.</summary>
    public static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>The 1-minute load average (Linux), printed beside every result so contended runs are recognisable.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

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
