using BriefingBot.Cli;

return await CliApplication.RunAsync(args);

/// <summary>Entry point; also the anchor type for <c>WebApplicationFactory&lt;Program&gt;</c> in integration tests.</summary>
public partial class Program;
