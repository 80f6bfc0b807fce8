using BoardPapers.Cli;

return App.Run(args, Terminal.FromConsole());
