namespace Hub.Benchmarks.Faults;

/// <summary>
/// The client side of the fault scripts in bench/faults (run by <c>./hub bench faults</c>): it prepares founders with
/// drafts, submits them under load while a script kills the app or restarts PostgreSQL, and reports what survived.
/// </summary>
public static class FaultCommands
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = FaultOptions.Parse(args.Skip(1));
        try
        {
            return args.FirstOrDefault() switch
            {
                "prepare" => await FaultPreparation.RunAsync(options),
                "submit" => await SubmissionLoad.RunAsync(options),
                "report" => await FaultReport.RunAsync(options),
                "rush" => await Load.DeadlineRush.RunAsync(options),
                "enqueue-slow-job" => SlowJob.Enqueue(options),
                "slow-job-report" => await SlowJob.ReportAsync(options),
                _ => Usage(),
            };
        }
        catch (KeyNotFoundException missing)
        {
            Console.Error.WriteLine(missing.Message);
            return Usage();
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage: Hub.Benchmarks faults <command> [--option value …]
              prepare          --url URL --founders N --state FILE       register founders, draft one application each
              submit           --state FILE --out FILE [--rate PER_SECOND] [--fault-after ACKS --marker FILE]
              report           --state FILE --outcomes FILE [--pg-up-at EPOCH_SECONDS] [--outbox-wait SECONDS]
              rush             --state FILE --token MANAGER_TOKEN [--seconds 60] [--reads 20]   submissions spread over the seconds, list read meanwhile
              enqueue-slow-job --seconds N                               prints the job id
              slow-job-report  --job ID --since EPOCH_SECONDS --expect rerun|once --timeout SECONDS
            The database is read from ConnectionStrings__Hub.
            """);
        return 2;
    }
}
