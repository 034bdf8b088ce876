using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Ingest.Web;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of every outbound source request. It resolves the host itself
/// and connects only to an address it has just checked, so a redirect, a DNS answer or a DNS rebinding between a
/// check and the connect cannot lead to the host's own network.
/// </summary>
internal sealed class SafeConnector(bool allowPrivateNetworks, Func<IPAddress, string?>? policy = null)
{
    /// <summary>Null when the address may be reached, else the name of its range. Tests narrow it to tell two loopback addresses apart.</summary>
    private readonly Func<IPAddress, string?> _nonPublicRange = policy ?? AddressPolicy.NonPublicRange;

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0) throw new RefusedDestinationException($"'{host}' did not resolve to any address");

        if (!allowPrivateNetworks || policy is not null)
        {
            // All, not any: one private answer among public ones is exactly what a rebinding attack returns.
            foreach (var address in addresses)
            {
                if (_nonPublicRange(address) is { } range)
                    throw new RefusedDestinationException(
                        $"'{host}' resolves to {address}, a {range} address; requests to private networks are refused (setting Sources:AllowPrivateNetworks)");
            }
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new HttpRequestException($"could not connect to '{host}': {last?.Message}", last);
    }
}
