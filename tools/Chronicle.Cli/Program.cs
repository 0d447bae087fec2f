using Chronicle.Cli;

return await CliCommands.Build(Console.In, Console.Out, Console.Error).Parse(args).InvokeAsync();
