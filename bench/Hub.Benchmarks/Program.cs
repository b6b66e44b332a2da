using BenchmarkDotNet.Running;
using Hub.Benchmarks;
using Hub.Benchmarks.Faults;
using Hub.Benchmarks.Mentoring;

// `job-latency` measures the background-job server end to end against real PostgreSQL;
// anything else is handed to BenchmarkDotNet (e.g. --filter *Outbox*).
if (args.FirstOrDefault() == "job-latency")
{
    return await JobLatencyProbe.RunAsync(args.Skip(1).ToArray());
}

// `matching [AxM …]` prints the optimal matcher beside the greedy baseline (time, total score, ratio).
if (args.FirstOrDefault() == "matching")
{
    return MatchingComparison.Run(args.Skip(1).ToArray());
}

// `faults …` is the client side of the fault scripts in bench/faults (./hub bench faults).
if (args.FirstOrDefault() == "faults")
{
    return await FaultCommands.RunAsync(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
