using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MapDashboard.Benchmarks.LatencyConfig).Assembly).Run(args);
