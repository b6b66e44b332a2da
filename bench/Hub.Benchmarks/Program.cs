using BenchmarkDotNet.Running;
using Hub.Benchmarks;

// `job-latency` measures the background-job server end to end against real PostgreSQL;
// anything else is handed to BenchmarkDotNet (e.g. --filter *Outbox*).
if (args.FirstOrDefault() == "job-latency")
{
    return await JobLatencyProbe.RunAsync(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
