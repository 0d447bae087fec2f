using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Chronicle.Gateway.Page;

/// <summary>
/// The analysts' page: static files copied beside the assembly (web/), served under /app from
/// this same origin, so the page calls the REST contract without CORS and nothing is built by
/// the user. Served as endpoints rather than static-file middleware so the gateway's own
/// pipeline (security headers, rate limits, the closed-by-default authorization) applies.
/// </summary>
public static class AnalystPageEndpoints
{
    public const string PathPrefix = "/app";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapAnalystPage(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "web");
        var files = Directory.Exists(root) ? new PhysicalFileProvider(root) : null;

        app.MapGet("/", () => Results.Redirect(PathPrefix + "/")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(PathPrefix + "/{**path}", (string? path, HttpContext context) => Serve(files, path, context))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Serve(PhysicalFileProvider? files, string? path, HttpContext context)
    {
        if (string.IsNullOrEmpty(path) && !context.Request.Path.Value!.EndsWith('/'))
        {
            // The page's own files are addressed relative to /app/.
            return Results.Redirect(PathPrefix + "/");
        }
        var relative = string.IsNullOrEmpty(path) ? "index.html" : path;
        var file = files?.GetFileInfo(relative);
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: not null })
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: files is null
                    ? "The analysts' page is not in this build: the gateway's web folder is missing."
                    : $"The page has no file '{relative}'.");
        }
        if (!ContentTypes.TryGetContentType(file.Name, out var contentType))
        {
            contentType = "application/octet-stream";
        }
        // The page is small and changes with each build: revalidate every time, by ETag.
        context.Response.Headers.CacheControl = "no-cache";
        var tag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return Results.File(file.PhysicalPath, contentType, lastModified: file.LastModified, entityTag: tag);
    }
}
