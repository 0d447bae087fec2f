using Chronicle.Ingestion.Apis;
using Chronicle.Ingestion.Extensions;
using Chronicle.Ingestion.Grpc;
using Chronicle.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrpcDefaults();
builder.AddIngestionServices();

var app = builder.Build();
app.UseRestBodyGuard();
app.MapDefaultEndpoints();
app.MapGrpcDefaultEndpoints();
app.MapGrpcService<IngestionService>();
app.MapDocumentBatchApi();
app.Run();

/// <summary>Entry point, visible to in-memory tests.</summary>
public partial class Program;
