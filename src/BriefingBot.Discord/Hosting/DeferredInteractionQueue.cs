using System.Threading.Channels;

namespace BriefingBot.Discord.Hosting;

/// <summary>Hands deferred interactions from the request to <see cref="DeferredResponseService"/>. Bounded: a flood is refused, not buffered forever.</summary>
internal sealed class DeferredInteractionQueue
{
    public const int Capacity = 256;

    private readonly Channel<DeferredInteraction> _channel = Channel.CreateBounded<DeferredInteraction>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(DeferredInteraction item) => _channel.Writer.TryWrite(item);

    public ChannelReader<DeferredInteraction> Reader => _channel.Reader;
}
