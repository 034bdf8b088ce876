namespace BriefingBot.Integration.Tests.MultiInstance;

/// <param name="UserAgent">Which host asked: each test host sends its own <c>Sources:UserAgent</c>.</param>
/// <param name="Started">Since the server started.</param>
/// <param name="Ended">Null while the response is being held.</param>
internal sealed record FeedRequest(string UserAgent, TimeSpan Started, TimeSpan? Ended);
