using Chronicle.ServiceDefaults;
using Chronicle.Timeline.Extensions;
using Chronicle.Timeline.Grpc;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcDefaults();
builder.AddTimelineServices();

var app = builder.Build();
app.UseRestBodyGuard();
app.MapDefaultEndpoints();
app.MapGrpcDefaultEndpoints();
app.MapGrpcService<TimelineService>();
app.Run();

/// <summary>Entry point, visible to in-memory tests.</summary>
public partial class Program;
