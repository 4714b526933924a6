using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Beltic.Benchmarks.VerifyBenchmarks).Assembly).Run(args);
