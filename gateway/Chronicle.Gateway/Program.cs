using Chronicle.Gateway;
using Chronicle.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.UseGateway();
app.MapGatewayEndpoints();
app.Run();

/// <summary>Entry point, visible to in-memory tests.</summary>
public partial class Program;
