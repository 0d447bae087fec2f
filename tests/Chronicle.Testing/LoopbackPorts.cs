using System.Net;
using System.Net.Sockets;

namespace Chronicle.Testing;

public static class LoopbackPorts
{
    // Below Linux's ephemeral range (32768–60999): a port the OS hands out for port 0 can be taken
    // again as the local end of an outgoing connection before our process binds it. Test
    // assemblies run in parallel, so the pick is random and never repeats within a process.
    private const int First = 20000;
    private const int Last = 32000;
    private static readonly HashSet<int> Given = [];

    /// <summary>A loopback port nothing listens on right now, outside the range outgoing connections use.</summary>
    public static int Free()
    {
        lock (Given)
        {
            while (true)
            {
                var port = Random.Shared.Next(First, Last);
                if (Given.Contains(port) || !Bindable(port))
                    continue;
                Given.Add(port);
                return port;
            }
        }
    }

    private static bool Bindable(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
