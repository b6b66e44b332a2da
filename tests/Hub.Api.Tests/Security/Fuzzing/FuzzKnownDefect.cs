namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// A defect the fuzzer found and that is reported but not fixed yet: the requests it covers, what they get, and
/// whether it shows in the in-process test host too (<see cref="InProcess"/>) or only over real HTTP (Kestrel).
/// </summary>
public sealed record FuzzKnownDefect(string Name, string Description, bool InProcess, Func<FuzzCase, bool> Covers);
