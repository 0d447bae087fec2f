using Google.Protobuf;
using Grpc.Core;

namespace Chronicle.Contracts;

/// <summary>
/// A batch hand-off sent from messages already serialised, as an outbox stores them. A batch
/// request is one repeated message field, and on the wire a repeated field is each element's bytes
/// behind its tag and length: the stored bytes go out as they are, instead of being parsed into
/// messages and serialised again (75–110 µs a document in the entities service's hand-off, more
/// where the message carries an article's text). The receiver reads the very same request.
/// </summary>
public static class StoredBatches
{
    /// <summary>
    /// The batch method <paramref name="method"/> of <paramref name="service"/>, sent from stored
    /// messages as the elements of its request's repeated field number <paramref name="field"/>.
    /// </summary>
    public static Method<IReadOnlyList<byte[]>, TResponse> Method<TResponse>(string service, string method, int field, MessageParser<TResponse> parser)
        where TResponse : IMessage<TResponse> =>
        new(MethodType.Unary, service, method,
            Marshallers.Create<IReadOnlyList<byte[]>>(messages => Encode(field, messages),
                _ => throw new NotSupportedException("A stored batch is only ever sent.")),
            Marshallers.Create(response => response.ToByteArray(), parser.ParseFrom));

    /// <summary>The request's bytes: each stored message as an element of the repeated field.</summary>
    public static byte[] Encode(int field, IReadOnlyList<byte[]> messages)
    {
        var tag = WireFormat.MakeTag(field, WireFormat.WireType.LengthDelimited);
        var elements = messages.Select(message => UnsafeByteOperations.UnsafeWrap(message)).ToList();
        var bytes = new byte[elements.Sum(element => CodedOutputStream.ComputeRawVarint32Size(tag) + CodedOutputStream.ComputeBytesSize(element))];
        var output = new CodedOutputStream(bytes);
        foreach (var element in elements)
        {
            output.WriteTag(tag);
            output.WriteBytes(element);
        }
        output.CheckNoSpaceLeft();
        return bytes;
    }
}
