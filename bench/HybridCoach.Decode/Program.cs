using HybridCoach.Benchmarks.Commands;

// `HybridCoach.Decode [--mode messages|columns|both] FILE...`: the benchmark project's `decode` command alone.
return DecodeCommand.Run(args);
