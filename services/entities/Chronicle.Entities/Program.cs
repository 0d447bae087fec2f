using Chronicle.Entities.Extensions;
using Chronicle.Entities.Grpc;
using Chronicle.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcDefaults();
builder.AddEntitiesServices();

var app = builder.Build();
app.UseRestBodyGuard();
app.MapDefaultEndpoints();
app.MapGrpcDefaultEndpoints();
app.MapGrpcService<EntitiesService>();
app.Run();

/// <summary>Entry point, visible to in-memory tests.</summary>
public partial class Program;
