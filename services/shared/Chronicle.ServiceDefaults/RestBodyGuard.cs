using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Chronicle.ServiceDefaults;

/// <summary>
/// Checks the body of a REST (JSON-transcoded) write before the service reads it: over the size
/// limit is 413, bytes that are not UTF-8 are 400 naming the offset of the first bad byte, fields the
/// request message does not have are 400 naming them. gRPC calls are left alone; protobuf validates its own strings. Answers in the google.rpc.Status
/// shape transcoding uses, which the gateway turns into problem+json.
/// </summary>
public sealed class RestBodyGuard(RequestDelegate next, IConfiguration configuration)
{
    public const string LimitKey = "Chronicle:MaxRestBodyBytes";
    private const long DefaultLimit = 2 * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
            || request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            await next(context);
            return;
        }

        var limit = configuration.GetValue<long?>(LimitKey) ?? DefaultLimit;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body has {request.ContentLength} bytes; the limit is {limit}.");
            return;
        }
        // Sized from the declared length when there is one, so a large body is not copied as the stream grows.
        var body = new MemoryStream(request.ContentLength is > 0 and var declared ? (int)declared : 0);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                if (body.Length + read > limit)
                {
                    await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is over the limit of {limit} bytes.");
                    return;
                }
                body.Write(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (FirstInvalidUtf8Offset(body.GetBuffer().AsSpan(0, (int)body.Length)) is { } offset)
        {
            var bad = body.GetBuffer()[offset];
            await RefuseAsync(context, StatusCodes.Status400BadRequest,
                $"The body is not valid UTF-8: the byte 0x{bad:X2} at offset {offset} does not belong to a character. Send the text as UTF-8.");
            return;
        }
        if (UnknownFields(context, body.GetBuffer().AsMemory(0, (int)body.Length)) is { } unknown)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, unknown);
            return;
        }
        body.Position = 0;
        request.Body = body;
        await next(context);
    }

    /// <summary>
    /// Transcoding drops JSON fields the request message does not have; a misspelt field
    /// ('published_at_' for 'publishedAt') would then be lost without a word. Names them instead.
    /// Bodies that are not JSON objects are left to transcoding, which refuses them itself.
    /// </summary>
    private static string? UnknownFields(HttpContext context, ReadOnlyMemory<byte> body)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is not { } transcoding
            || string.IsNullOrEmpty(transcoding.HttpRule.Body))
        {
            return null;
        }
        var message = transcoding.MethodDescriptor.InputType;
        if (transcoding.HttpRule.Body != "*")
        {
            if (message.FindFieldByName(transcoding.HttpRule.Body)?.MessageType is not { } bodyType)
                return null;
            message = bodyType;
        }
        var known = KnownNames.GetOrAdd(message, m => m.Fields.InDeclarationOrder().SelectMany(f => new[] { f.JsonName, f.Name }).ToHashSet(StringComparer.Ordinal));
        var unknown = new List<string>();
        try
        {
            // The top-level names only, read in one pass without building a document (the article's
            // text is most of the body, and transcoding reads it again). The whole body is read, so a
            // body that is not well-formed JSON is left to transcoding, as before.
            var reader = new Utf8JsonReader(body.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (!known.Contains(name))
                {
                    unknown.Add(name);
                }
                reader.Skip();
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }
        return unknown.Count == 0
            ? null
            : $"Unknown field{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Take(5).Select(n => $"'{n}'"))}: " +
              $"this request takes {string.Join(", ", message.Fields.InDeclarationOrder().Select(f => f.JsonName))}.";
    }

    /// <summary>The names of each request message's fields (JSON and proto), worked out once per message type.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Google.Protobuf.Reflection.MessageDescriptor, HashSet<string>> KnownNames = new();

    /// <summary>Offset of the first byte that is not part of a well-formed UTF-8 sequence, or null.</summary>
    public static int? FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        // Checked whole first (vectorised); the bad byte is looked for only in a body that has one.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return null;
    }

    private static async Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { code = 3, message, details = Array.Empty<object>() }), context.RequestAborted);
    }
}

public static class RestBodyGuardExtensions
{
    /// <summary>Size and encoding checks on REST writes; see <see cref="RestBodyGuard"/>.</summary>
    public static WebApplication UseRestBodyGuard(this WebApplication app)
    {
        app.UseMiddleware<RestBodyGuard>();
        return app;
    }
}
