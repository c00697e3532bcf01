using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project tests/TenderHall.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
