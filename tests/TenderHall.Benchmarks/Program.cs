using BenchmarkDotNet.Running;
using TenderHall.Benchmarks.Faults;

// Run: dotnet run -c Release --project tests/TenderHall.Benchmarks -- --filter '*' --job short
// Fault drills (eng/faults.sh): dotnet run -c Release --project tests/TenderHall.Benchmarks -- faults env|run ...
if (args is ["faults", ..]) return await FaultDrill.RunAsync(args[1..]);
// One traced intake surge (eng/profile-intake.sh): dotnet run -c Release --project tests/TenderHall.Benchmarks -- profile-intake [bidders] [KiB]
if (args is ["profile-intake", ..]) return await TenderHall.Benchmarks.Bidding.IntakeProfile.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
return 0;
